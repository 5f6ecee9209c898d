<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name></name>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="71"/>
        <source>or leave row %1 out</source>
        <translation>neu gadewch res %1 allan</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="91"/>
        <source>the column header &quot;%1&quot; appears more than once</source>
        <translation>mae pennawd y golofn &quot;%1&quot; yn ymddangos fwy nag unwaith</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="92"/>
        <source>Give each column a different header in the spreadsheet.</source>
        <translation>Rhowch bennawd gwahanol i bob colofn yn y daenlen.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="99"/>
        <source>the mapping reads %1 from the column &quot;%2&quot;, but the header row has no such column</source>
        <translation>mae&apos;r mapio yn darllen %1 o&apos;r golofn &quot;%2&quot;, ond nid oes colofn o&apos;r fath yn rhes y penawdau</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="102"/>
        <source>Correct the header in the mapping&apos;s &quot;columns&quot; (headers are compared exactly, without spaces at the ends), or add the column.</source>
        <translation>Cywirwch y pennawd yn &quot;columns&quot; y mapio (caiff penawdau eu cymharu&apos;n union, heb fylchau ar y pennau), neu ychwanegwch y golofn.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="128"/>
        <source>with one row per nominal, the item columns for %1 repeat as &quot;%2 1&quot;, &quot;%2 2&quot; and so on, but the header row has no &quot;%2 1&quot;</source>
        <translation>gydag un rhes i bob unigolyn, mae colofnau&apos;r eitemau ar gyfer %1 yn ailadrodd fel &quot;%2 1&quot;, &quot;%2 2&quot; ac yn y blaen, ond nid oes &quot;%2 1&quot; yn rhes y penawdau</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="132"/>
        <source>Number the repeated item columns in the header, or map rows as one per item (&quot;rows&quot;: &quot;item&quot;).</source>
        <translation>Rhifwch golofnau&apos;r eitemau a ailadroddir yn y pennawd, neu mapiwch y rhesi fel un i bob eitem (&quot;rows&quot;: &quot;item&quot;).</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="144"/>
        <source>no column is mapped to %1, which every %2 needs</source>
        <translation>nid oes colofn wedi&apos;i mapio i %1, sydd ei angen ar bob %2</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="146"/>
        <source>intelligence item</source>
        <translation>eitem cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="147"/>
        <source>nominal</source>
        <translation>unigolyn</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="148"/>
        <source>Map a column to %1 in the mapping&apos;s &quot;columns&quot;, or give it a value in &quot;defaults&quot;.</source>
        <translation>Mapiwch golofn i %1 yn &quot;columns&quot; y mapio, neu rhowch werth iddo yn &quot;defaults&quot;.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="175"/>
        <source>the items&apos; grading is not mapped: map the three 3x5x2 codes (intelligence.source_evaluation, intelligence_assessment, handling_code) or the three legacy 5x5x5 codes (intelligence.legacy_grading.source_evaluation, intelligence_evaluation, handling_code), or both</source>
        <translation>nid yw graddio&apos;r eitemau wedi&apos;i fapio: mapiwch y tri chod 3x5x2 (intelligence.source_evaluation, intelligence_assessment, handling_code) neu&apos;r tri chod 5x5x5 etifeddol (intelligence.legacy_grading.source_evaluation, intelligence_evaluation, handling_code), neu&apos;r ddau</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="180"/>
        <source>Add the grading columns to the mapping&apos;s &quot;columns&quot;.</source>
        <translation>Ychwanegwch y colofnau graddio at &quot;columns&quot; y mapio.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="314"/>
        <source>not a date in the form %1 (or YYYY-MM-DD, or like 3 Mar 2024)</source>
        <translation>nid yw&apos;n ddyddiad ar y ffurf %1 (neu YYYY-MM-DD, neu fel 3 Mar 2024)</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="316"/>
        <source>Correct the date in the spreadsheet, or set the mapping&apos;s &quot;date_format&quot;, %1.</source>
        <translation>Cywirwch y dyddiad yn y daenlen, neu gosodwch &quot;date_format&quot; y mapio, %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="330"/>
        <source>a harm score is a whole number, 0 or more</source>
        <translation>mae sgôr niwed yn rhif cyfan, 0 neu fwy</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="331"/>
        <source>Correct the cell or leave it empty, %1.</source>
        <translation>Cywirwch y gell neu gadewch hi&apos;n wag, %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="364"/>
        <source>Cancelled.</source>
        <translation>Wedi&apos;i ganslo.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="373"/>
        <source>the nominal&apos;s reference is empty; every row needs one</source>
        <translation>mae cyfeirnod yr unigolyn yn wag; mae angen un ar bob rhes</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="374"/>
        <source>Fill in the reference, %1.</source>
        <translation>Llenwch y cyfeirnod, %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="414"/>
        <source>differs from row %1 (%2) for the same reference %3</source>
        <translation>yn wahanol i res %1 (%2) ar gyfer yr un cyfeirnod %3</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="421"/>
        <source>Make the nominal&apos;s details agree on every row of that reference (or leave them blank after the first), %1.</source>
        <translation>Gwnewch i fanylion yr unigolyn gytuno ar bob rhes o&apos;r cyfeirnod hwnnw (neu gadewch nhw&apos;n wag ar ôl y gyntaf), %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="493"/>
        <source>Check the mapping.</source>
        <translation>Gwiriwch y mapio.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="517"/>
        <source>(%1: no column)</source>
        <translation>(%1: dim colofn)</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="524"/>
        <source>row %1</source>
        <translation>rhes %1</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="528"/>
        <source>Leave row %1 out, or give the person a reference not yet in the case file.</source>
        <translation>Gadewch res %1 allan, neu rhowch gyfeirnod i&apos;r person nad yw yn y ffeil achos eto.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="532"/>
        <source>Fill in the cell, give %1 a value in the mapping&apos;s &quot;defaults&quot;, %2.</source>
        <translation>Llenwch y gell, rhowch werth i %1 yn &quot;defaults&quot; y mapio, %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="536"/>
        <source>Add the spreadsheet&apos;s value to the mapping&apos;s &quot;values&quot; for %1 (as one of: %2), correct the cell, %3.</source>
        <translation>Ychwanegwch werth y daenlen at &quot;values&quot; y mapio ar gyfer %1 (fel un o: %2), cywirwch y gell, %3.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="541"/>
        <source>Map a column to %1 in the mapping, or give it a default, %2.</source>
        <translation>Mapiwch golofn i %1 yn y mapio, neu rhowch werth diofyn iddo, %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="544"/>
        <source>Correct the cell in the spreadsheet, %1.</source>
        <translation>Cywirwch y gell yn y daenlen, %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="88"/>
        <source>&quot;%1&quot; must be an object of texts.</source>
        <translation>Rhaid i &quot;%1&quot; fod yn wrthrych o destunau.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="94"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a field; use one of: %3.</source>
        <translation>&quot;%1&quot;: nid yw &quot;%2&quot; yn faes; defnyddiwch un o: %3.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="99"/>
        <source>&quot;%1&quot;.&quot;%2&quot; must be a text.</source>
        <translation>Rhaid i &quot;%1&quot;.&quot;%2&quot; fod yn destun.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../ui/accessibility/Accessibility.cpp" line="67"/>
        <source>Clear the field</source>
        <translation>Clirio&apos;r maes</translation>
    </message>
    <message>
        <location filename="../ui/accessibility/Accessibility.cpp" line="68"/>
        <source>Clear %1</source>
        <translation>Clirio %1</translation>
    </message>
    <message>
        <location filename="../ui/accessibility/Accessibility.cpp" line="292"/>
        <location filename="../ui/accessibility/AccessibilityExtension.cpp" line="17"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../ui/accessibility/AccessibilityExtension.cpp" line="25"/>
        <source>Locked. Enter your password to unlock.</source>
        <translation>Wedi&apos;i gloi. Rhowch eich cyfrinair i ddatgloi.</translation>
    </message>
    <message>
        <location filename="../ui/accessibility/AccessibilityExtension.cpp" line="28"/>
        <source>Unlocked.</source>
        <translation>Wedi&apos;i ddatgloi.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="48"/>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Mae enw defnyddiwr rhwng 1 a 64 o lythrennau, digidau, dotiau, llinellau toriad neu danlinellau, gan ddechrau â llythyren neu ddigid.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="56"/>
        <source>A password needs at least 8 characters.</source>
        <translation>Mae angen o leiaf 8 nod mewn cyfrinair.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="74"/>
        <source>A user needs at least one role.</source>
        <translation>Mae angen o leiaf un rôl ar ddefnyddiwr.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="76"/>
        <source>There is already a user called %1.</source>
        <translation>Mae defnyddiwr o&apos;r enw %1 eisoes.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="83"/>
        <source>Out of memory hashing the password.</source>
        <translation>Dim digon o gof wrth stwnsio&apos;r cyfrinair.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="152"/>
        <source>The case file has no sign-in key. Report this fault.</source>
        <translation>Nid oes gan y ffeil achos allwedd mewngofnodi. Rhowch wybod am y nam hwn.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="198"/>
        <source>Too many failed sign-ins in a row: sign-in with this user name is locked until %1 UTC, or until an administrator unlocks it (&quot;user unlock&quot;).</source>
        <translation>Gormod o ymdrechion aflwyddiannus i fewngofnodi yn olynol: mae mewngofnodi gyda&apos;r enw defnyddiwr hwn wedi&apos;i gloi tan %1 UTC, neu nes i weinyddwr ei ddatgloi (&quot;user unlock&quot;).</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="184"/>
        <source>The user name or password is not right. Check them and try again.</source>
        <translation>Nid yw&apos;r enw defnyddiwr neu&apos;r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="283"/>
        <source>There is no user called %1.</source>
        <translation>Does dim defnyddiwr o&apos;r enw %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="290"/>
        <source>%1 is the last administrator and cannot be disabled. Give another user the administrator role first.</source>
        <translation>%1 yw&apos;r gweinyddwr olaf ac ni ellir ei analluogi. Rhowch rôl gweinyddwr i ddefnyddiwr arall yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="303"/>
        <location filename="../app/accounts/Accounts.cpp" line="319"/>
        <source>The user name or password is not right.</source>
        <translation>Nid yw&apos;r enw defnyddiwr neu&apos;r cyfrinair yn gywir.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="309"/>
        <source>The signing key of %1 is damaged.</source>
        <translation>Mae allwedd llofnodi %1 wedi&apos;i difrodi.</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="33"/>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>Rhaid i --%1 fod yn ddyddiad wedi&apos;i ysgrifennu YYYY-MM-DD, nid &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="42"/>
        <source>The partner organisation.</source>
        <translation>Y sefydliad partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="45"/>
        <source>The lawful basis for sharing.</source>
        <translation>Y sail gyfreithlon dros rannu.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="49"/>
        <source>A permitted purpose, in a few words; repeat for several.</source>
        <translation>Diben a ganiateir, mewn ychydig eiriau; ailadroddwch ar gyfer sawl un.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="53"/>
        <source>How many days the partner may keep a pack before destroying it.</source>
        <translation>Sawl diwrnod y caiff y partner gadw pecyn cyn ei ddinistrio.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="56"/>
        <source>The first day the agreement is in force.</source>
        <translation>Y diwrnod cyntaf y mae&apos;r cytundeb mewn grym.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="59"/>
        <source>The last day the agreement is in force.</source>
        <translation>Y diwrnod olaf y mae&apos;r cytundeb mewn grym.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="63"/>
        <source>Records a new information-sharing agreement and prints its identifier (ISA-n) alone on standard output. Administrators only.</source>
        <translation>Yn cofnodi cytundeb rhannu gwybodaeth newydd ac yn argraffu ei ddynodydd (ISA-n) ar ei ben ei hun ar yr allbwn safonol. Gweinyddwyr yn unig.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="73"/>
        <source>Missing: %1.
Usage: corroborate-cli %2</source>
        <translation>Ar goll: %1.
Defnydd: corroborate-cli %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="83"/>
        <source>--retention-days must be a whole number of days, not &quot;%1&quot;.</source>
        <translation>Rhaid i --retention-days fod yn nifer cyfan o ddiwrnodau, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="95"/>
        <source>Recorded %1 with %2, in force %3 to %4.</source>
        <translation>Cofnodwyd %1 gyda %2, mewn grym o %3 i %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="111"/>
        <source>Print JSON: a list of objects.</source>
        <translation>Argraffu JSON: rhestr o wrthrychau.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="114"/>
        <source>Lists the information-sharing agreements (their latest versions) and whether each is in force today.</source>
        <translation>Yn rhestru&apos;r cytundebau rhannu gwybodaeth (eu fersiynau diweddaraf) ac a yw pob un mewn grym heddiw.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="141"/>
        <source>No information-sharing agreement is recorded.</source>
        <translation>Nid oes cytundeb rhannu gwybodaeth wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="148"/>
        <source>in force</source>
        <translation>mewn grym</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="150"/>
        <source>ended from %1</source>
        <translation>wedi dod i ben o %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="151"/>
        <source>not in force</source>
        <translation>ddim mewn grym</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AgreementCommands.cpp" line="152"/>
        <source>keep %n day(s)</source>
        <translation>
            <numerusform>cadw %n diwrnod</numerusform>
            <numerusform>cadw %n diwrnod</numerusform>
            <numerusform>cadw %n diwrnod</numerusform>
            <numerusform>cadw %n diwrnod</numerusform>
            <numerusform>cadw %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="162"/>
        <source>The agreement to end (ISA-n).</source>
        <translation>Y cytundeb sydd i ddod i ben (ISA-n).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="166"/>
        <source>The day from which it is no longer in force (default: today).</source>
        <translation>Y diwrnod pan na fydd mewn grym mwyach (diofyn: heddiw).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="170"/>
        <source>Ends an agreement: no partner pack may be made under it from that day. The earlier version is kept. Administrators only.</source>
        <translation>Yn dod â chytundeb i ben: ni chaiff unrhyw becyn partner ei wneud oddi tano o&apos;r diwrnod hwnnw. Cedwir y fersiwn gynharach. Gweinyddwyr yn unig.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="176"/>
        <source>--agreement ID is required.</source>
        <translation>Mae angen --agreement ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="183"/>
        <source>%1 with %2 is no longer in force from %3.</source>
        <translation>Nid yw %1 gyda %2 mewn grym mwyach o %3 ymlaen.</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="53"/>
        <source>Name the partner organisation (--partner).</source>
        <translation>Enwch y sefydliad partner (--partner).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="55"/>
        <source>Give the lawful basis for sharing (--basis).</source>
        <translation>Rhowch y sail gyfreithlon dros rannu (--basis).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="60"/>
        <source>List at least one permitted purpose (--purpose).</source>
        <translation>Rhestrwch o leiaf un diben a ganiateir (--purpose).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="63"/>
        <source>The retention at the recipient must be 1 to %1 days.</source>
        <translation>Rhaid i&apos;r cyfnod cadw gan y derbynnydd fod rhwng 1 a %1 diwrnod.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="65"/>
        <source>Give the date the agreement starts, written YYYY-MM-DD (--from).</source>
        <translation>Rhowch y dyddiad y mae&apos;r cytundeb yn dechrau, wedi&apos;i ysgrifennu YYYY-MM-DD (--from).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="67"/>
        <source>Give the last date the agreement is in force, written YYYY-MM-DD (--until).</source>
        <translation>Rhowch y dyddiad olaf y mae&apos;r cytundeb mewn grym, wedi&apos;i ysgrifennu YYYY-MM-DD (--until).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="70"/>
        <source>The agreement cannot end (%1) before it starts (%2).</source>
        <translation>Ni all y cytundeb ddod i ben (%1) cyn iddo ddechrau (%2).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="90"/>
        <source>%1 is not permitted to change the agreements register: it needs the %2 role.</source>
        <translation>Nid oes gan %1 hawl i newid y gofrestr cytundebau: mae angen rôl %2.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="132"/>
        <source>Give the date the agreement ends, written YYYY-MM-DD.</source>
        <translation>Rhowch y dyddiad y daw&apos;r cytundeb i ben, wedi&apos;i ysgrifennu YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="137"/>
        <source>%1 has already ended (from %2); nothing was changed.</source>
        <translation>Mae %1 eisoes wedi dod i ben (o %2); ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="170"/>
        <source>There is no agreement &quot;%1&quot; in this case file. Agreements are written ISA-1, ISA-2…; `agreement list` shows them.</source>
        <translation>Does dim cytundeb &quot;%1&quot; yn y ffeil achos hon. Ysgrifennir cytundebau ISA-1, ISA-2…; mae `agreement list` yn eu dangos.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="183"/>
        <source>%1 with %2 is not in force until %3, so nothing may be shared under it on %4. A partner pack needs an agreement in force on its date.</source>
        <translation>Nid yw %1 gyda %2 mewn grym tan %3, felly ni chaniateir rhannu dim oddi tano ar %4. Mae pecyn partner angen cytundeb sydd mewn grym ar ei ddyddiad.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="187"/>
        <source>%1 with %2 is no longer in force (%3), so nothing may be shared under it. A partner pack needs an agreement in force on its date: ask an administrator to record a new one.</source>
        <translation>Nid yw %1 gyda %2 mewn grym mwyach (%3), felly ni chaniateir rhannu dim oddi tano. Mae pecyn partner angen cytundeb sydd mewn grym ar ei ddyddiad: gofynnwch i weinyddwr gofnodi un newydd.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="192"/>
        <source>ended from %1</source>
        <translation>wedi dod i ben o %1</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="193"/>
        <source>it ran until %1</source>
        <translation>roedd mewn grym tan %1</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="198"/>
        <source>%1 does not permit sharing for &quot;%2&quot;. It permits: %3. Choose one of these, or ask an administrator to amend the agreement.</source>
        <translation>Nid yw %1 yn caniatáu rhannu ar gyfer &quot;%2&quot;. Mae&apos;n caniatáu: %3. Dewiswch un o&apos;r rhain, neu gofynnwch i weinyddwr ddiwygio&apos;r cytundeb.</translation>
    </message>
</context>
<context>
    <name>AsyncTask</name>
    <message>
        <location filename="../ui/core/AsyncTask.cpp" line="68"/>
        <source>Something went wrong inside Corroborate: %1. Try again; if it happens again, report it to whoever supports Corroborate for you.</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i Corroborate: %1. Rhowch gynnig arall arni; os yw&apos;n digwydd eto, rhowch wybod i bwy bynnag sy&apos;n cefnogi Corroborate i chi.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="119"/>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>mae cofnod %1 ar goll (%2 yw&apos;r cofnod nesaf)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="123"/>
        <source>entry %1 does not follow the entry before it</source>
        <translation>nid yw cofnod %1 yn dilyn y cofnod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="127"/>
        <location filename="../app/audit/AuditLog.cpp" line="132"/>
        <source>entry %1 was altered after it was written</source>
        <translation>newidiwyd cofnod %1 ar ôl iddo gael ei ysgrifennu</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="25"/>
        <source>The copy to write; an existing file is never overwritten.</source>
        <translation>Y copi i&apos;w ysgrifennu; ni chaiff ffeil sy&apos;n bodoli byth ei throsysgrifo.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="30"/>
        <source>Writes an encrypted copy of the case file with SQLite&apos;s online backup (others may keep working), verifies it and logs it. The copy has the same passphrase, or CORROBORATE_NEW_PASSPHRASE when that is set; it opens in Corroborate and in the sqlcipher shell.</source>
        <translation>Yn ysgrifennu copi wedi&apos;i amgryptio o&apos;r ffeil achos gyda chopi wrth gefn ar-lein SQLite (gall eraill ddal i weithio), yn ei ddilysu ac yn ei gofnodi yn y log. Mae gan y copi yr un cyfrinymadrodd, neu CORROBORATE_NEW_PASSPHRASE pan fydd hwnnw wedi&apos;i osod; mae&apos;n agor yn Corroborate ac yn y plisgyn sqlcipher.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="38"/>
        <source>--out COPY.corroborate is required.</source>
        <translation>Mae angen --out COPY.corroborate.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="42"/>
        <source>%1 already exists. Choose another name: a backup never overwrites a file.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw arall: nid yw copi wrth gefn byth yn trosysgrifo ffeil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommand.cpp" line="54"/>
        <source>Wrote an encrypted backup to %1 (%2 bytes, %3) and verified it (%n check(s) passed).</source>
        <translation>
            <numerusform>Ysgrifennwyd copi wrth gefn wedi&apos;i amgryptio i %1 (%2 beit, %3) a&apos;i ddilysu (%n o wiriadau wedi&apos;u pasio).</numerusform>
            <numerusform>Ysgrifennwyd copi wrth gefn wedi&apos;i amgryptio i %1 (%2 beit, %3) a&apos;i ddilysu (%n gwiriad wedi&apos;i basio).</numerusform>
            <numerusform>Ysgrifennwyd copi wrth gefn wedi&apos;i amgryptio i %1 (%2 beit, %3) a&apos;i ddilysu (%n o wiriadau wedi&apos;u pasio).</numerusform>
            <numerusform>Ysgrifennwyd copi wrth gefn wedi&apos;i amgryptio i %1 (%2 beit, %3) a&apos;i ddilysu (%n o wiriadau wedi&apos;u pasio).</numerusform>
            <numerusform>Ysgrifennwyd copi wrth gefn wedi&apos;i amgryptio i %1 (%2 beit, %3) a&apos;i ddilysu (%n o wiriadau wedi&apos;u pasio).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="59"/>
        <source>new passphrase</source>
        <translation>cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="60"/>
        <source>same passphrase</source>
        <translation>yr un cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="25"/>
        <source>%1 already exists. Choose another name: a backup never overwrites a file.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw arall: nid yw copi wrth gefn byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="47"/>
        <source>The folder %1 does not exist. Create it first.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli. Crëwch ef yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="58"/>
        <source>Cannot write in %1 (%2). Choose a folder you can write to.</source>
        <translation>Ni ellir ysgrifennu yn %1 (%2). Dewiswch ffolder y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="76"/>
        <source>The backup failed its check &quot;%1&quot; (%2); it was removed. Run `verify` on the case file.</source>
        <translation>Methodd y copi wrth gefn ei wiriad &quot;%1&quot; (%2); cafodd ei dynnu. Rhedwch `verify` ar y ffeil achos.</translation>
    </message>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="85"/>
        <source>Cannot create %1 (%2).</source>
        <translation>Ni ellir creu %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BaselineCommand</name>
    <message>
        <location filename="../app/cli/BaselineCommand.cpp" line="19"/>
        <source>Sets the population baseline the oversight report&apos;s rates per 1,000 and ratios to the White group are worked out against (administrators only). BASELINE.csv has the header &quot;group,population&quot; and one row for each of the five ONS 2021 high-level ethnic groups: Asian, Asian British or Asian Welsh; Black, Black British, Black Welsh, Caribbean or African; Mixed or Multiple ethnic groups; White; Other ethnic group (the full name or its first word: Asian, Black, Mixed, White, Other). It replaces the baseline set before.</source>
        <translation>Yn gosod y llinell sylfaen poblogaeth y cyfrifir cyfraddau fesul 1,000 yr adroddiad goruchwylio, a&apos;r cymarebau i&apos;r grŵp Gwyn, yn ei herbyn (gweinyddwyr yn unig). Mae gan BASELINE.csv y pennawd &quot;group,population&quot; ac un rhes ar gyfer pob un o bum grŵp ethnig lefel uchel ONS 2021, wedi&apos;u hysgrifennu yn Saesneg: Asian, Asian British or Asian Welsh; Black, Black British, Black Welsh, Caribbean or African; Mixed or Multiple ethnic groups; White; Other ethnic group (yr enw llawn neu ei air cyntaf: Asian, Black, Mixed, White, Other). Mae&apos;n disodli&apos;r llinell sylfaen a osodwyd o&apos;r blaen.</translation>
    </message>
    <message>
        <location filename="../app/cli/BaselineCommand.cpp" line="34"/>
        <source>Cannot read %1: %2.</source>
        <translation>Ni ellir darllen %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/BaselineCommand.cpp" line="40"/>
        <source>The population baseline of %1 is set (%2 groups).</source>
        <translation>Mae llinell sylfaen poblogaeth %1 wedi&apos;i gosod (%2 grŵp).</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="51"/>
        <source>There is no file at %1. Check the path, or create a case file with &quot;init&quot;.</source>
        <translation>Does dim ffeil yn %1. Gwiriwch y llwybr, neu crëwch ffeil achos gydag &quot;init&quot;.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="56"/>
        <source>%1 is a folder, not a case file. Choose the .corroborate file inside it.</source>
        <translation>Ffolder yw %1, nid ffeil achos. Dewiswch y ffeil .corroborate sydd ynddo.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="62"/>
        <source>%1 is not a regular file, so it is not a case file.</source>
        <translation>Nid yw %1 yn ffeil reolaidd, felly nid yw&apos;n ffeil achos.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="66"/>
        <source>%1 cannot be read (%2). Check its permissions.</source>
        <translation>Ni ellir darllen %1 (%2). Gwiriwch ei ganiatâd.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="70"/>
        <source>%1 is empty: it is not a case file. If it was one, it was damaged; restore it from a backup.</source>
        <translation>Mae %1 yn wag: nid yw&apos;n ffeil achos. Os oedd yn un, cafodd ei difrodi; adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="76"/>
        <source>%1 is an unencrypted SQLite database, not a Corroborate case file. Case files are always encrypted.</source>
        <translation>Cronfa ddata SQLite heb ei hamgryptio yw %1, nid ffeil achos Corroborate. Mae ffeiliau achos bob amser wedi&apos;u hamgryptio.</translation>
    </message>
    <message>
        <source>%1 is not a Corroborate case file, or it is damaged (its size is not a whole number of pages).</source>
        <translation type="vanished">Nid yw %1 yn ffeil achos Corroborate, neu mae wedi&apos;i difrodi (nid yw ei maint yn nifer cyfan o dudalennau).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="82"/>
        <source>%1 is %2, not a Corroborate case file. Choose a .corroborate file.</source>
        <translation>%2 yw %1, nid ffeil achos Corroborate. Dewiswch ffeil .corroborate.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="87"/>
        <source>a PDF document</source>
        <translation>dogfen PDF</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="89"/>
        <source>a ZIP archive (or an office document)</source>
        <translation>archif ZIP (neu ddogfen swyddfa)</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="91"/>
        <source>an older office document</source>
        <translation>dogfen swyddfa hŷn</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="93"/>
        <source>a picture</source>
        <translation>llun</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="95"/>
        <source>a compressed (gzip) file</source>
        <translation>ffeil wedi&apos;i chywasgu (gzip)</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="108"/>
        <source>a JSON text file (an exchange file is imported with the &quot;import&quot; command)</source>
        <translation>ffeil destun JSON (caiff ffeil gyfnewid ei mewnforio gyda&apos;r gorchymyn &quot;import&quot;)</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="110"/>
        <source>a text file</source>
        <translation>ffeil destun</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="114"/>
        <source>%1 is not a Corroborate case file, or it is damaged (it is shorter than one page).</source>
        <translation>Nid yw %1 yn ffeil achos Corroborate, neu mae wedi&apos;i difrodi (mae&apos;n fyrrach nag un dudalen).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="143"/>
        <source>Cannot create a file beside %1 (%2). Check the folder exists and is writable.</source>
        <translation>Ni ellir creu ffeil wrth ymyl %1 (%2). Gwiriwch fod y ffolder yn bodoli ac y gellir ysgrifennu iddo.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="171"/>
        <source>Cannot write %1 to disk (%2).</source>
        <translation>Ni ellir ysgrifennu %1 i&apos;r ddisg (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="203"/>
        <source>Cannot put %1 in place (%2).</source>
        <translation>Ni ellir rhoi %1 yn ei lle (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="215"/>
        <source>%1 cannot be read (%2).</source>
        <translation>Ni ellir darllen %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="224"/>
        <source>%1 cannot be locked (%2).</source>
        <translation>Ni ellir cloi %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="228"/>
        <source>%1 is open in another copy of Corroborate. Close it there first, then try again.</source>
        <translation>Mae %1 ar agor mewn copi arall o Corroborate. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="231"/>
        <source>%1 is being changed by another copy of Corroborate (for example a passphrase change). Try again when it has finished.</source>
        <translation>Mae %1 yn cael ei newid gan gopi arall o Corroborate (er enghraifft newid cyfrinymadrodd). Rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="245"/>
        <source>%1 is an encrypted database, but not a Corroborate case file.</source>
        <translation>Mae %1 yn gronfa ddata wedi&apos;i hamgryptio, ond nid yn ffeil achos Corroborate.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="250"/>
        <source>%1 was written by a newer version of Corroborate (case file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>Ysgrifennwyd %1 gan fersiwn mwy newydd o Corroborate (fformat ffeil achos %2; mae&apos;r fersiwn hon yn darllen hyd at %3). Gosodwch y fersiwn mwy newydd i&apos;w hagor; ni newidiwyd y ffeil.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="269"/>
        <source>Corroborate needs SQLCipher 4 or newer, but found &quot;%1&quot;. On Debian 12 install libsqlcipher1 from bookworm-backports (packaging/setup-debian.sh does this).</source>
        <translation>Mae Corroborate angen SQLCipher 4 neu fwy newydd, ond cafwyd &quot;%1&quot;. Ar Debian 12 gosodwch libsqlcipher1 o bookworm-backports (mae packaging/setup-debian.sh yn gwneud hyn).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="272"/>
        <source>no SQLCipher</source>
        <translation>dim SQLCipher</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="286"/>
        <source>%1 is damaged: an interrupted write cut it short (its size is not a whole number of pages) and %2. Restore it from a backup.</source>
        <translation>Mae %1 wedi&apos;i difrodi: cafodd ei chwtogi gan ysgrifennu a dorrwyd ar ei draws (nid yw ei maint yn nifer cyfan o dudalennau) ac %2. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="308"/>
        <source>part of its last page is lost</source>
        <translation>mae rhan o&apos;i thudalen olaf wedi&apos;i cholli</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="322"/>
        <source>%1 had been cut short by an interrupted write (%2 bytes, not a whole number of pages). Every page could still be read, so it was recovered with nothing lost.</source>
        <translation>Roedd %1 wedi&apos;i chwtogi gan ysgrifennu a dorrwyd ar ei draws (%2 beit, nid nifer cyfan o dudalennau). Roedd modd darllen pob tudalen o hyd, felly cafodd ei hadfer heb golli dim.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="333"/>
        <source>A case file needs a passphrase.</source>
        <translation>Mae ffeil achos angen cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="197"/>
        <location filename="../app/store/CaseFile.cpp" line="337"/>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw arall; ni fydd ffeil sy&apos;n bodoli byth yn cael ei throsysgrifo.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="vanished">Ni ellir creu %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="349"/>
        <source>Corroborate needs SQLCipher 4 or newer. On Debian 12 install it from bookworm-backports.</source>
        <translation>Mae Corroborate angen SQLCipher 4 neu fwy newydd. Ar Debian 12 gosodwch ef o bookworm-backports.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="379"/>
        <source>Cannot create %1.</source>
        <translation>Ni ellir creu %1.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="425"/>
        <source>Changing the passphrase needs the case file to itself.</source>
        <translation>I newid y cyfrinymadrodd, rhaid i&apos;r ffeil achos fod ar gael i&apos;r broses hon yn unig.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="427"/>
        <source>The new passphrase is empty.</source>
        <translation>Mae&apos;r cyfrinymadrodd newydd yn wag.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="429"/>
        <source>The passphrase of %1 was not changed: %2 The old passphrase still opens it.</source>
        <translation>Ni newidiwyd cyfrinymadrodd %1: %2 Mae&apos;r hen gyfrinymadrodd yn dal i&apos;w hagor.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="436"/>
        <source>the file is damaged (%1). Restore it from a backup.</source>
        <translation>mae&apos;r ffeil wedi&apos;i difrodi (%1). Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="465"/>
        <source>the re-encrypted copy did not check out (%1).</source>
        <translation>methodd y gwiriad ar y copi a ail-amgryptiwyd (%1).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="473"/>
        <source>the re-encrypted copy could not be locked.</source>
        <translation>ni ellid cloi&apos;r copi a ail-amgryptiwyd.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="545"/>
        <source>Row %1 of %2 refers to a missing %3.</source>
        <translation>Mae rhes %1 o %2 yn cyfeirio at %3 sydd ar goll.</translation>
    </message>
</context>
<context>
    <name>CaseFileVerifier</name>
    <message numerus="yes">
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="35"/>
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
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="47"/>
        <source>Page authentication and database integrity</source>
        <translation>Dilysu tudalennau a chywirdeb y gronfa ddata</translation>
    </message>
    <message>
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="62"/>
        <source>Audit log hash chain</source>
        <translation>Cadwyn stwnsh y log archwilio</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="64"/>
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
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="65"/>
        <source>broken at entry %1: %2</source>
        <translation>wedi torri ar gofnod %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="40"/>
        <source>--%1 is required.
Usage: corroborate-cli %2</source>
        <translation>Mae angen --%1.
Defnydd: corroborate-cli %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="51"/>
        <source>--%1 must be a real date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>Rhaid i --%1 fod yn ddyddiad go iawn wedi&apos;i ysgrifennu YYYY-MM-DD, nid &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="61"/>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="69"/>
        <source>%1
Usage: corroborate-cli %2
See --help.</source>
        <translation>%1
Defnydd: corroborate-cli %2
Gweler --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="71"/>
        <source>Usage: corroborate-cli %1</source>
        <translation>Defnydd: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="74"/>
        <source>Options:</source>
        <translation>Dewisiadau:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="76"/>
        <source>Secrets come from the environment (CORROBORATE_PASSPHRASE, CORROBORATE_USER, CORROBORATE_PASSWORD) or, at a terminal, from a prompt that does not echo; never from arguments.</source>
        <translation>Daw cyfrinachau o&apos;r amgylchedd (CORROBORATE_PASSPHRASE, CORROBORATE_USER, CORROBORATE_PASSWORD) neu, mewn terfynell, o anogwr nad yw&apos;n dangos yr hyn a deipir; byth o&apos;r ymresymiadau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSupport.cpp" line="85"/>
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
        <location filename="../app/cli/CliSupport.cpp" line="86"/>
        <source>Usage: corroborate-cli %1
See --help.</source>
        <translation>Defnydd: corroborate-cli %1
Gweler --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="96"/>
        <source>%1 is not set and there is no terminal to ask at. Set it in the environment.</source>
        <translation>Nid yw %1 wedi&apos;i osod a does dim terfynell i ofyn ynddi. Gosodwch ef yn yr amgylchedd.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="118"/>
        <source>Case file passphrase</source>
        <translation>Cyfrinymadrodd y ffeil achos</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="127"/>
        <source>CORROBORATE_USER is not set and there is no terminal to ask at. Set it to your user name.</source>
        <translation>Nid yw CORROBORATE_USER wedi&apos;i osod a does dim terfynell i ofyn ynddi. Gosodwch ef i&apos;ch enw defnyddiwr.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="129"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="149"/>
        <source>Password for %1</source>
        <translation>Cyfrinair %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="158"/>
        <source>%1 is not permitted to do this: it needs the %2 or %3 role.</source>
        <translation>Nid oes gan %1 hawl i wneud hyn: mae angen rôl %2 neu %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="161"/>
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
    <name>CsvReader</name>
    <message>
        <location filename="../app/spreadsheet/CsvReader.cpp" line="189"/>
        <source>a quoted cell that starts in row %1 is never closed: the file ends inside it. Check that quote marks in that cell are doubled (&quot;&quot;), or save the spreadsheet as CSV again</source>
        <translation>nid yw cell mewn dyfynodau sy&apos;n dechrau yn rhes %1 byth yn cael ei chau: mae&apos;r ffeil yn gorffen y tu mewn iddi. Gwiriwch fod y dyfynodau yn y gell honno wedi&apos;u dyblu (&quot;&quot;), neu cadwch y daenlen fel CSV eto</translation>
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
        <location filename="../app/demo/DemoCaseFile.cpp" line="35"/>
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
        <location filename="../ui/main/DetailsPanel.cpp" line="38"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message numerus="yes">
        <location filename="../app/audit/DisclosureLog.cpp" line="27"/>
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
    <name>DisclosureRegister</name>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="28"/>
        <source>%1 is not permitted to see or confirm disclosures: it needs the %2 or %3 role.</source>
        <translation>Nid oes gan %1 hawl i weld na chadarnhau datgeliadau: mae angen rôl %2 neu %3.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="65"/>
        <source>Say how the recipient confirmed destruction (a note), for example &quot;email from the panel secretary: shredded&quot;.</source>
        <translation>Dywedwch sut y cadarnhaodd y derbynnydd ei ddinistrio (nodyn), er enghraifft &quot;e-bost gan ysgrifennydd y panel: wedi&apos;i rwygo&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="69"/>
        <source>The date of the confirmation must be a date written YYYY-MM-DD, today or earlier.</source>
        <translation>Rhaid i ddyddiad y cadarnhad fod yn ddyddiad wedi&apos;i ysgrifennu YYYY-MM-DD, heddiw neu&apos;n gynharach.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="77"/>
        <source>There is no disclosure %1; `disclosures` lists them.</source>
        <translation>Does dim datgeliad %1; mae `disclosures` yn eu rhestru.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="81"/>
        <source>Disclosure %1 was made on %2: it cannot have been destroyed on %3.</source>
        <translation>Gwnaed datgeliad %1 ar %2: ni all fod wedi&apos;i ddinistrio ar %3.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="86"/>
        <source>Destruction of disclosure %1 was already confirmed on %2 by %3; nothing was changed.</source>
        <translation>Cadarnhawyd eisoes ar %2 gan %3 fod datgeliad %1 wedi&apos;i ddinistrio; ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="102"/>
        <source>Destruction of disclosure %1 was confirmed meanwhile by someone else; nothing was changed.</source>
        <translation>Cadarnhaodd rhywun arall yn y cyfamser fod datgeliad %1 wedi&apos;i ddinistrio; ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>DisclosuresCommand</name>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="33"/>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>Rhaid i --%1 fod yn ddyddiad wedi&apos;i ysgrifennu YYYY-MM-DD, nid &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="47"/>
        <source>Only those past their destroy-by date and not confirmed destroyed.</source>
        <translation>Dim ond y rhai sydd wedi pasio eu dyddiad dinistrio erbyn heb gadarnhad eu bod wedi&apos;u dinistrio.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="50"/>
        <source>Judge overdue as at this date (default: today).</source>
        <translation>Barnu beth sy&apos;n hwyr ar y dyddiad hwn (diofyn: heddiw).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="54"/>
        <source>Print JSON: a list of objects.</source>
        <translation>Argraffu JSON: rhestr o wrthrychau.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="57"/>
        <source>Lists every disclosure (packs and exports): when, to whom, under which agreement, for what, how many nominals, the destroy-by date and whether destruction was confirmed; overdue ones first. Supervisors and administrators.</source>
        <translation>Yn rhestru pob datgeliad (pecynnau ac allforion): pryd, i bwy, o dan ba gytundeb, i ba ddiben, faint o unigolion, y dyddiad dinistrio erbyn ac a gadarnhawyd eu dinistrio; y rhai hwyr yn gyntaf. Goruchwylwyr a gweinyddwyr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DisclosuresCommand.cpp" line="96"/>
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
        <location filename="../app/cli/DisclosuresCommand.cpp" line="97"/>
        <source>destroy by %1</source>
        <translation>dinistrio erbyn %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="100"/>
        <source>destroyed %1 (recorded by %2)</source>
        <translation>dinistriwyd %1 (cofnodwyd gan %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="103"/>
        <source>OVERDUE</source>
        <translation>YN HWYR</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="104"/>
        <source>not yet confirmed</source>
        <translation>heb ei gadarnhau eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DisclosuresCommand.cpp" line="107"/>
        <source>%n overdue as at %1.</source>
        <translation>
            <numerusform>%n yn hwyr ar %1.</numerusform>
            <numerusform>%n yn hwyr ar %1.</numerusform>
            <numerusform>%n yn hwyr ar %1.</numerusform>
            <numerusform>%n yn hwyr ar %1.</numerusform>
            <numerusform>%n yn hwyr ar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="117"/>
        <source>The disclosure&apos;s number (from `disclosures`).</source>
        <translation>Rhif y datgeliad (o `disclosures`).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="122"/>
        <source>How the recipient confirmed destruction (required).</source>
        <translation>Sut y cadarnhaodd y derbynnydd ei ddinistrio (gofynnol).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="125"/>
        <source>The day it was destroyed (default: today).</source>
        <translation>Y diwrnod y cafodd ei ddinistrio (diofyn: heddiw).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="129"/>
        <source>Records that the recipient of a disclosure confirmed destroying every copy. Supervisors and administrators.</source>
        <translation>Yn cofnodi bod derbynnydd datgeliad wedi cadarnhau ei fod wedi dinistrio pob copi. Goruchwylwyr a gweinyddwyr.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="136"/>
        <source>--disclosure ID and --note TEXT are required.
Usage: corroborate-cli %1</source>
        <translation>Mae angen --disclosure ID a --note TEXT.
Defnydd: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="143"/>
        <source>--disclosure must be a disclosure&apos;s number, not &quot;%1&quot;.</source>
        <translation>Rhaid i --disclosure fod yn rhif datgeliad, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="152"/>
        <source>Recorded that disclosure %1 was destroyed on %2.</source>
        <translation>Cofnodwyd bod datgeliad %1 wedi&apos;i ddinistrio ar %2.</translation>
    </message>
</context>
<context>
    <name>EditFlows</name>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="81"/>
        <source>Saved the details of %1.</source>
        <translation>Cadwyd manylion %1.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="109"/>
        <location filename="../ui/edit/EditFlows.cpp" line="148"/>
        <source>Saved the intelligence item of %1.</source>
        <translation>Cadwyd eitem cudd-wybodaeth %1.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="161"/>
        <source>Remove intelligence</source>
        <translation>Tynnu cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="162"/>
        <source>Why remove this item (from %1, obtained %2)? The reason is kept in the audit log.</source>
        <translation>Pam tynnu&apos;r eitem hon (gan %1, a gafwyd %2)? Cedwir y rheswm yn y log archwilio.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="165"/>
        <source>Recorded against the wrong person</source>
        <translation>Wedi&apos;i chofnodi yn erbyn y person anghywir</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="165"/>
        <source>Duplicate of another item</source>
        <translation>Dyblyg o eitem arall</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="166"/>
        <source>Withdrawn by the originator</source>
        <translation>Wedi&apos;i thynnu&apos;n ôl gan y cychwynnydd</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="172"/>
        <source>Cannot remove the item</source>
        <translation>Ni ellir tynnu&apos;r eitem</translation>
    </message>
</context>
<context>
    <name>EditService</name>
    <message>
        <location filename="../app/workflow/EditService.cpp" line="41"/>
        <source>Every change needs a short reason for the audit log.</source>
        <translation>Mae angen rheswm byr ar gyfer y log archwilio ar gyfer pob newid.</translation>
    </message>
    <message>
        <location filename="../app/workflow/EditService.cpp" line="126"/>
        <source>Intelligence item %1 is already graded under 3x5x2: edit it instead.</source>
        <translation>Mae eitem cudd-wybodaeth %1 eisoes wedi&apos;i graddio o dan 3x5x2: golygwch hi yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="118"/>
        <source>Secure delete is not on for this case file, so an erasure could leave the person&apos;s data in free space. Nothing was erased. Report this fault.</source>
        <translation>Nid yw dileu diogel ymlaen ar gyfer y ffeil achos hon, felly gallai dileu adael data&apos;r person mewn gofod rhydd. Ni ddilëwyd dim. Rhowch wybod am y nam hwn.</translation>
    </message>
    <message numerus="yes">
        <source>The write-ahead log still holds %n earlier page version(s), because another copy of Corroborate is reading the case file. They are removed when that copy closes the file or the next erasure completes.</source>
        <translation type="vanished">
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n fersiwn cynharach o dudalen, am fod copi arall o Corroborate yn darllen y ffeil achos. Cânt eu tynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n fersiwn cynharach o dudalen, am fod copi arall o Corroborate yn darllen y ffeil achos. Caiff ei thynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n o fersiynau cynharach o dudalennau, am fod copi arall o Corroborate yn darllen y ffeil achos. Cânt eu tynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n o fersiynau cynharach o dudalennau, am fod copi arall o Corroborate yn darllen y ffeil achos. Cânt eu tynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n o fersiynau cynharach o dudalennau, am fod copi arall o Corroborate yn darllen y ffeil achos. Cânt eu tynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="35"/>
        <source>an erasure&apos;s scrub is pending: earlier versions of erased data may remain in the file or its write-ahead log until every other copy of Corroborate has closed it; open the file again when they have</source>
        <translation>mae&apos;r glanhau ar ôl dileu yn yr arfaeth: gall fersiynau cynharach o ddata a ddilëwyd aros yn y ffeil neu yn ei log ysgrifennu ymlaen llaw nes bydd pob copi arall o Corroborate wedi&apos;i chau; agorwch y ffeil eto pan fyddant wedi gwneud hynny</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/ErasureService.cpp" line="176"/>
        <source>The erasure is pending: another copy of Corroborate is reading the case file, so %n earlier page version(s) that hold the person&apos;s data stay in it until that copy closes the file (or the file is next opened). Only then is the person gone from the file; &quot;verify&quot; reports it until then.</source>
        <translation>
            <numerusform>Mae&apos;r dileu yn yr arfaeth: mae copi arall o Corroborate yn darllen y ffeil achos, felly mae %n o fersiynau cynharach o dudalennau sy&apos;n cynnwys data&apos;r person yn aros ynddi nes bydd y copi hwnnw&apos;n cau&apos;r ffeil (neu pan agorir y ffeil nesaf). Dim ond wedyn y bydd y person wedi mynd o&apos;r ffeil; mae &quot;verify&quot; yn rhoi gwybod am hyn tan hynny.</numerusform>
            <numerusform>Mae&apos;r dileu yn yr arfaeth: mae copi arall o Corroborate yn darllen y ffeil achos, felly mae %n fersiwn cynharach o dudalen sy&apos;n cynnwys data&apos;r person yn aros ynddi nes bydd y copi hwnnw&apos;n cau&apos;r ffeil (neu pan agorir y ffeil nesaf). Dim ond wedyn y bydd y person wedi mynd o&apos;r ffeil; mae &quot;verify&quot; yn rhoi gwybod am hyn tan hynny.</numerusform>
            <numerusform>Mae&apos;r dileu yn yr arfaeth: mae copi arall o Corroborate yn darllen y ffeil achos, felly mae %n o fersiynau cynharach o dudalennau sy&apos;n cynnwys data&apos;r person yn aros ynddi nes bydd y copi hwnnw&apos;n cau&apos;r ffeil (neu pan agorir y ffeil nesaf). Dim ond wedyn y bydd y person wedi mynd o&apos;r ffeil; mae &quot;verify&quot; yn rhoi gwybod am hyn tan hynny.</numerusform>
            <numerusform>Mae&apos;r dileu yn yr arfaeth: mae copi arall o Corroborate yn darllen y ffeil achos, felly mae %n o fersiynau cynharach o dudalennau sy&apos;n cynnwys data&apos;r person yn aros ynddi nes bydd y copi hwnnw&apos;n cau&apos;r ffeil (neu pan agorir y ffeil nesaf). Dim ond wedyn y bydd y person wedi mynd o&apos;r ffeil; mae &quot;verify&quot; yn rhoi gwybod am hyn tan hynny.</numerusform>
            <numerusform>Mae&apos;r dileu yn yr arfaeth: mae copi arall o Corroborate yn darllen y ffeil achos, felly mae %n o fersiynau cynharach o dudalennau sy&apos;n cynnwys data&apos;r person yn aros ynddi nes bydd y copi hwnnw&apos;n cau&apos;r ffeil (neu pan agorir y ffeil nesaf). Dim ond wedyn y bydd y person wedi mynd o&apos;r ffeil; mae &quot;verify&quot; yn rhoi gwybod am hyn tan hynny.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="229"/>
        <source>Erasure %1 (%2)</source>
        <translation>Dileu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="234"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="238"/>
        <source>%1: the register&apos;s %2 (%3) differs from the signed decision (%4); the register was altered.</source>
        <translation>%1: mae %2 y gofrestr (%3) yn wahanol i&apos;r penderfyniad wedi&apos;i lofnodi (%4); newidiwyd y gofrestr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="260"/>
        <source>%1: the approver %2 also proposed the removal.</source>
        <translation>%1: %2, y cymeradwywr, a gynigiodd ei dynnu oddi ar y rhestr hefyd.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="264"/>
        <source>%1: the approver %2 is not a user of this case file.</source>
        <translation>%1: nid yw&apos;r cymeradwywr %2 yn ddefnyddiwr o&apos;r ffeil achos hon.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="266"/>
        <source>%1: the stored signing key of %2 is damaged.</source>
        <translation>%1: mae allwedd llofnodi %2 sydd wedi&apos;i storio wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="268"/>
        <source>%1: the decision names a signing key that is not %2&apos;s.</source>
        <translation>%1: mae&apos;r penderfyniad yn enwi allwedd llofnodi nad yw&apos;n eiddo i %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="270"/>
        <source>%1: the signature is missing or damaged.</source>
        <translation>%1: mae&apos;r llofnod ar goll neu wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="279"/>
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
        <location filename="../app/policy/Evaluation.cpp" line="170"/>
        <source>Recorded as a victim: under this policy a victim cannot meet the threshold.</source>
        <translation>Wedi&apos;i gofnodi fel dioddefwr: o dan y polisi hwn ni all dioddefwr gyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="172"/>
        <source>Recorded as at risk: under this policy a person at risk cannot meet the threshold.</source>
        <translation>Wedi&apos;i gofnodi fel person mewn perygl: o dan y polisi hwn ni all person mewn perygl gyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="175"/>
        <source>Recorded as a suspected offender, but this policy does not let suspected offenders meet the threshold.</source>
        <translation>Wedi&apos;i gofnodi fel troseddwr a amheuir, ond nid yw&apos;r polisi hwn yn gadael i droseddwyr a amheuir gyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="178"/>
        <source>No intelligence item qualifies: none has the grading, the age and the indication the policy requires.</source>
        <translation>Nid oes unrhyw eitem cudd-wybodaeth yn gymwys: does gan yr un y graddio, yr oedran a&apos;r arwydd y mae&apos;r polisi yn eu mynnu.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="181"/>
        <source>The qualifying intelligence comes from fewer independent originators than the policy requires.</source>
        <translation>Daw&apos;r gudd-wybodaeth gymwys gan lai o gychwynwyr annibynnol nag y mae&apos;r polisi yn ei fynnu.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="184"/>
        <source>The intelligence that counts comes from only one provider category (police, partner agency or community); the policy requires at least two.</source>
        <translation>Daw&apos;r gudd-wybodaeth sy&apos;n cyfrif o un categori darparwr yn unig (heddlu, asiantaeth bartner neu gymuned); mae&apos;r polisi yn mynnu o leiaf dau.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="187"/>
        <source>The harm score is 0.</source>
        <translation>Mae&apos;r sgôr niwed yn 0.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="189"/>
        <source>The review is overdue. This alone does not put the nominal below the threshold.</source>
        <translation>Mae&apos;r adolygiad yn hwyr. Nid yw hyn ar ei ben ei hun yn rhoi&apos;r unigolyn islaw&apos;r trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="193"/>
        <source>The source evaluation is not one the policy accepts.</source>
        <translation>Nid yw gwerthuso&apos;r ffynhonnell yn un y mae&apos;r polisi yn ei dderbyn.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="195"/>
        <source>The intelligence assessment is not one the policy accepts.</source>
        <translation>Nid yw asesu&apos;r gudd-wybodaeth yn un y mae&apos;r polisi yn ei dderbyn.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="197"/>
        <source>It was obtained before the period the policy counts (or its date is not known).</source>
        <translation>Fe&apos;i cafwyd cyn y cyfnod y mae&apos;r polisi yn ei gyfrif (neu nid yw ei ddyddiad yn hysbys).</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="200"/>
        <source>What it indicates is not what the policy counts as evidence of gang membership.</source>
        <translation>Nid yw&apos;r hyn y mae&apos;n ei ddangos yn rhywbeth y mae&apos;r polisi yn ei gyfrif yn dystiolaeth o aelodaeth o gang.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="203"/>
        <source>It is graded under the legacy 5x5x5 scheme, and its legacy source evaluation is not one the policy accepts.</source>
        <translation>Mae wedi&apos;i graddio o dan y cynllun 5x5x5 etifeddol, ac nid yw gwerthusiad etifeddol ei ffynhonnell yn un y mae&apos;r polisi yn ei dderbyn.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="206"/>
        <source>It is graded under the legacy 5x5x5 scheme, and its legacy intelligence evaluation is not one the policy accepts.</source>
        <translation>Mae wedi&apos;i graddio o dan y cynllun 5x5x5 etifeddol, ac nid yw gwerthusiad etifeddol y gudd-wybodaeth yn un y mae&apos;r polisi yn ei dderbyn.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="209"/>
        <source>Its originator is already counted through a more recent item, so it adds no independent source.</source>
        <translation>Mae ei gychwynnydd eisoes wedi&apos;i gyfrif drwy eitem fwy diweddar, felly nid yw&apos;n ychwanegu ffynhonnell annibynnol.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="211"/>
        <source>Unknown reason code &quot;%1&quot;.</source>
        <translation>Cod rheswm anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="217"/>
        <source>Meets the threshold</source>
        <translation>Yn cyrraedd y trothwy</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="218"/>
        <source>Below the threshold: flagged for removal and restricted</source>
        <translation>Islaw&apos;r trothwy: wedi&apos;i nodi i&apos;w dynnu oddi ar y rhestr ac wedi&apos;i gyfyngu</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <location filename="../app/policy/Evaluator.cpp" line="241"/>
        <source>The evaluation date is not a valid date: give it as YYYY-MM-DD.</source>
        <translation>Nid yw dyddiad y gwerthuso yn ddyddiad dilys: rhowch ef fel YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="62"/>
        <source>the document is empty; expected a JSON object with format, version and nominals</source>
        <translation>mae&apos;r ddogfen yn wag; disgwylid gwrthrych JSON gyda format, version a nominals</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="70"/>
        <source>not valid JSON: %1 at offset %2 (%3)</source>
        <translation>nid yw&apos;n JSON dilys: %1 ar wrthbwys %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="78"/>
        <source>must be a JSON object with format, version and nominals, but is %1</source>
        <translation>rhaid iddo fod yn wrthrych JSON gyda format, version a nominals, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="79"/>
        <source>a scalar</source>
        <translation>gwerth sgalar</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="94"/>
        <source>is required but missing; expected &quot;%1&quot;</source>
        <translation>mae&apos;n ofynnol ond ar goll; disgwylid &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="97"/>
        <source>%1 is not a Corroborate exchange document; expected &quot;%2&quot;</source>
        <translation>nid yw %1 yn ddogfen gyfnewid Corroborate; disgwylid &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="104"/>
        <source>is required but missing; expected %1</source>
        <translation>mae&apos;n ofynnol ond ar goll; disgwylid %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="107"/>
        <source>must be a number, but is %1</source>
        <translation>rhaid iddo fod yn rhif, ond mae&apos;n %1</translation>
    </message>
    <message>
        <source>%1 is not supported; this version of Corroborate reads version %2</source>
        <translation type="vanished">nid yw %1 yn cael ei gefnogi; mae&apos;r fersiwn hon o Corroborate yn darllen fersiwn %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="118"/>
        <source>is required but missing; expected an array of nominals (it may be empty)</source>
        <translation>mae&apos;n ofynnol ond ar goll; disgwylid arae o unigolion (gall fod yn wag)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="124"/>
        <location filename="../app/exchange/ExchangeReader.h" line="452"/>
        <source>must be an array, but is %1</source>
        <translation>rhaid iddo fod yn arae, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="74"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="76"/>
        <source>true/false</source>
        <translation>gwir/gau</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="78"/>
        <source>a number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="80"/>
        <source>a string</source>
        <translation>llinyn</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="82"/>
        <source>an array</source>
        <translation>arae</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="84"/>
        <source>an object</source>
        <translation>gwrthrych</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="88"/>
        <source>missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="128"/>
        <source>unknown field; expected one of: %1</source>
        <translation>maes anhysbys; disgwylid un o: %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="140"/>
        <location filename="../app/exchange/ExchangeReader.h" line="216"/>
        <source>is required but missing</source>
        <translation>mae&apos;n ofynnol ond ar goll</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="144"/>
        <location filename="../app/exchange/ExchangeReader.h" line="201"/>
        <source>must be a string, but is %1</source>
        <translation>rhaid iddo fod yn llinyn, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="149"/>
        <location filename="../app/exchange/ExchangeReader.h" line="227"/>
        <source>is required but empty</source>
        <translation>mae&apos;n ofynnol ond yn wag</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="221"/>
        <source>must be a date written as a string (YYYY-MM-DD), but is %1</source>
        <translation>rhaid iddo fod yn ddyddiad wedi&apos;i ysgrifennu fel llinyn (YYYY-MM-DD), ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="233"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>nid yw %1 yn ddyddiad (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="234"/>
        <source>%1 is not a date (YYYY-MM-DD); leave it out or write null when it is not known</source>
        <translation>nid yw %1 yn ddyddiad (YYYY-MM-DD); gadewch ef allan neu ysgrifennwch null pan nad yw&apos;n hysbys</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="240"/>
        <source>%1 is in the future (today is %2)</source>
        <translation>mae %1 yn y dyfodol (heddiw yw %2)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="273"/>
        <source>%1 is not one of: %2</source>
        <translation>nid yw %1 yn un o: %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="287"/>
        <source>must be a whole number or null, but is %1</source>
        <translation>rhaid iddo fod yn rhif cyfan neu null, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="292"/>
        <source>%1 is not a whole number</source>
        <translation>nid yw %1 yn rhif cyfan</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="296"/>
        <source>%1 is negative; a harm score is 0 or more</source>
        <translation>mae %1 yn negatif; mae sgôr niwed yn 0 neu&apos;n fwy</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="300"/>
        <source>%1 is too large for a harm score</source>
        <translation>mae %1 yn rhy fawr i fod yn sgôr niwed</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="311"/>
        <source>must be an object with source_evaluation, intelligence_evaluation and handling_code, but is %1</source>
        <translation>rhaid iddo fod yn wrthrych gyda source_evaluation, intelligence_evaluation a handling_code, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="354"/>
        <source>an item graded under 5x5x5 (legacy_grading) has no 3x5x2 code; remove this field or the legacy_grading</source>
        <translation>nid oes cod 3x5x2 gan eitem a raddiwyd o dan 5x5x5 (legacy_grading); tynnwch y maes hwn neu&apos;r legacy_grading</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="387"/>
        <source>handling code C (sharing permitted with conditions) needs the conditions; write them here</source>
        <translation>mae cod trin C (caniateir rhannu gydag amodau) angen yr amodau; ysgrifennwch nhw yma</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="405"/>
        <source>%1 starts or ends with white space; a reference is written without it</source>
        <translation>mae %1 yn dechrau neu&apos;n gorffen â gofod gwyn; ysgrifennir cyfeirnod hebddo</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="425"/>
        <source>%1 is before 1900-01-01; check the date of birth</source>
        <translation>mae %1 cyn 1900-01-01; gwiriwch y dyddiad geni</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="429"/>
        <source>%1 is after listed_on (%2)</source>
        <translation>mae %1 ar ôl listed_on (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exchange/ExchangeReader.h" line="431"/>
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
        <location filename="../app/exchange/ExchangeFormat.cpp" line="135"/>
        <location filename="../app/exchange/ExchangeReader.h" line="446"/>
        <source>must be an object, but is %1</source>
        <translation>rhaid iddo fod yn wrthrych, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="25"/>
        <source>line %1, column %2</source>
        <translation>llinell %1, colofn %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="110"/>
        <source>%1 is not supported; this version of Corroborate reads versions 1 and %2</source>
        <translation>nid yw %1 yn cael ei gefnogi; mae&apos;r fersiwn hon o Corroborate yn darllen fersiynau 1 a %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="41"/>
        <source>%1 appears twice in the document: also at %2</source>
        <translation>mae %1 yn ymddangos ddwywaith yn y ddogfen: hefyd yn %2</translation>
    </message>
</context>
<context>
    <name>ExchangeWriter</name>
    <message>
        <location filename="../app/exchange/ExchangeWriter.cpp" line="139"/>
        <source>Could not write the export: %1. Check the disk space and the destination, then export again.</source>
        <translation>Methu ysgrifennu&apos;r allforiad: %1. Gwiriwch le ar y ddisg a&apos;r gyrchfan, yna allforiwch eto.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="43"/>
        <source>the export was interrupted</source>
        <translation>torrwyd ar draws yr allforio</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="62"/>
        <source>%1 already exists. Choose another name: an export never overwrites a file.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw arall: nid yw allforiad byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="74"/>
        <source>Write to this new file (never overwritten) instead of standard output.</source>
        <translation>Ysgrifennu i&apos;r ffeil newydd hon (ni chaiff byth ei throsysgrifo) yn lle&apos;r allbwn safonol.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="78"/>
        <source>Who receives the export, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Pwy sy&apos;n derbyn yr allforiad, ar gyfer cofnod y datgeliad (diofyn: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="83"/>
        <source>Why, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Pam, ar gyfer cofnod y datgeliad (diofyn: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="88"/>
        <source>The lawful basis, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Y sail gyfreithlon, ar gyfer cofnod y datgeliad (diofyn: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="93"/>
        <source>Exports every nominal and its intelligence as an exchange document, for backup or migration. The export is complete: nominals flagged for removal and restricted ones are included. It is recorded as a disclosure. Needs the officer role. To standard output, the disclosure is recorded before the first byte is written and marked incomplete if the output stops early (a closed pipe, Ctrl+C); the command then fails with exit code 70.</source>
        <translation>Yn allforio pob unigolyn a&apos;i gudd-wybodaeth fel dogfen gyfnewid, ar gyfer copi wrth gefn neu fudo. Mae&apos;r allforiad yn gyflawn: mae unigolion wedi&apos;u nodi i&apos;w tynnu oddi ar y rhestr a rhai cyfyngedig wedi&apos;u cynnwys. Caiff ei gofnodi fel datgeliad. Mae angen rôl swyddog. I&apos;r allbwn safonol, caiff y datgeliad ei gofnodi cyn ysgrifennu&apos;r beit cyntaf, a&apos;i nodi&apos;n anghyflawn os bydd yr allbwn yn stopio&apos;n gynnar (pibell wedi&apos;i chau, Ctrl+C); yna mae&apos;r gorchymyn yn methu gyda chod gadael 70.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="162"/>
        <source>The export was interrupted.</source>
        <translation>Torrwyd ar draws yr allforio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="169"/>
        <source>Exported %n nominal(s) with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged nominals included, restricted ones left out).</source>
        <translation>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi, heb y rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n unigolyn gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi, heb y rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi, heb y rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi, heb y rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi, heb y rhai cyfyngedig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports every nominal and its intelligence as an exchange document, for backup or migration. The export is complete: nominals flagged for removal and restricted ones are included. It is recorded as a disclosure. Needs the officer role.</source>
        <translation type="vanished">Yn allforio pob unigolyn a&apos;i gudd-wybodaeth fel dogfen gyfnewid, ar gyfer copi wrth gefn neu fudo. Mae&apos;r allforiad yn gyflawn: mae unigolion wedi&apos;u nodi i&apos;w tynnu oddi ar y rhestr a rhai cyfyngedig wedi&apos;u cynnwys. Caiff ei gofnodi fel datgeliad. Mae angen rôl swyddog.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="107"/>
        <source>--out needs a file name.</source>
        <translation>Mae --out angen enw ffeil.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="127"/>
        <source>Cannot write %1 (%2). Check the folder exists and is writable.</source>
        <translation>Ni ellir ysgrifennu %1 (%2). Gwiriwch fod y ffolder yn bodoli a bod modd ysgrifennu iddo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="140"/>
        <source>Could not finish writing %1 (%2). Nothing was exported.</source>
        <translation>Methu gorffen ysgrifennu %1 (%2). Ni allforiwyd dim.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="vanished">Ni ellir ysgrifennu i&apos;r allbwn safonol.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="165"/>
        <source>Could not finish writing to standard output (%1).</source>
        <translation>Methu gorffen ysgrifennu i&apos;r allbwn safonol (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n nominal(s) with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged and restricted nominals included).</source>
        <translation type="vanished">
            <numerusform>Allforiwyd %n unigolyn gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n unigolyn gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="174"/>
        <source>standard output</source>
        <translation>allbwn safonol</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../app/exchange/Exporter.cpp" line="63"/>
        <source>standard output</source>
        <translation>allbwn safonol</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exchange/Exporter.cpp" line="127"/>
        <source>the output stopped after %n nominal(s): </source>
        <translation>
            <numerusform>stopiodd yr allbwn ar ôl %n o unigolion: </numerusform>
            <numerusform>stopiodd yr allbwn ar ôl %n unigolyn: </numerusform>
            <numerusform>stopiodd yr allbwn ar ôl %n o unigolion: </numerusform>
            <numerusform>stopiodd yr allbwn ar ôl %n o unigolion: </numerusform>
            <numerusform>stopiodd yr allbwn ar ôl %n o unigolion: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exchange/Exporter.cpp" line="138"/>
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
        <location filename="../app/exchange/Exporter.h" line="51"/>
        <source>self (backup)</source>
        <translation>ni ein hunain (copi wrth gefn)</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="52"/>
        <source>backup or migration</source>
        <translation>copi wrth gefn neu fudo</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="53"/>
        <source>not stated</source>
        <translation>heb ei nodi</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="48"/>
        <location filename="../app/core/FieldRules.cpp" line="54"/>
        <source>holds a broken character (a lone surrogate, code unit U+%1): the text is not valid Unicode. Type it again or remove that character</source>
        <translation>mae&apos;n cynnwys nod wedi torri (dirprwy unigol, uned god U+%1): nid yw&apos;r testun yn Unicode dilys. Teipiwch ef eto neu tynnwch y nod hwnnw</translation>
    </message>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="61"/>
        <source>holds a control character (U+%1) at position %2; remove it (in a spreadsheet, check for hidden characters)</source>
        <translation>mae&apos;n cynnwys nod rheoli (U+%1) yn safle %2; tynnwch ef (mewn taenlen, chwiliwch am nodau cudd)</translation>
    </message>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="68"/>
        <source>holds an invisible format character (U+%1, such as a zero-width space or joiner) at position %2; remove it: references and names are compared exactly</source>
        <translation>mae&apos;n cynnwys nod fformat anweledig (U+%1, fel bwlch lled sero neu uniad) yn safle %2; tynnwch ef: caiff cyfeirnodau ac enwau eu cymharu&apos;n union</translation>
    </message>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="81"/>
        <source>holds an invisible format character (U+%1); remove it</source>
        <translation>mae&apos;n cynnwys nod fformat anweledig (U+%1); tynnwch ef</translation>
    </message>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="90"/>
        <source>is %1 characters long; the limit is %2. Shorten it</source>
        <translation>mae&apos;n %1 nod o hyd; y terfyn yw %2. Byrhewch ef</translation>
    </message>
</context>
<context>
    <name>FormDraft</name>
    <message>
        <location filename="../ui/core/FormDraft.cpp" line="127"/>
        <source>ticked</source>
        <translation>wedi&apos;i dicio</translation>
    </message>
    <message>
        <location filename="../ui/core/FormDraft.cpp" line="127"/>
        <source>not ticked</source>
        <translation>heb ei dicio</translation>
    </message>
    <message>
        <location filename="../ui/core/FormDraft.cpp" line="132"/>
        <source>%1: yours “%2”, saved “%3”</source>
        <translation>%1: eich fersiwn chi “%2”, y fersiwn a gadwyd “%3”</translation>
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
        <location filename="../app/core/Grading.cpp" line="238"/>
        <location filename="../app/core/Grading.cpp" line="242"/>
        <location filename="../app/core/Grading.cpp" line="246"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="189"/>
        <source>Always reliable</source>
        <translation>Dibynadwy bob amser</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="191"/>
        <source>Mostly reliable</source>
        <translation>Dibynadwy gan amlaf</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="193"/>
        <source>Sometimes reliable</source>
        <translation>Dibynadwy weithiau</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="195"/>
        <source>Unreliable</source>
        <translation>Annibynadwy</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="197"/>
        <source>Untested source</source>
        <translation>Ffynhonnell heb ei phrofi</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="206"/>
        <source>Known to be true without reservation</source>
        <translation>Gwyddys ei bod yn wir heb amheuaeth</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="208"/>
        <source>Known personally to the source but not to the officer</source>
        <translation>Yn hysbys yn bersonol i&apos;r ffynhonnell ond nid i&apos;r swyddog</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="210"/>
        <source>Not personally known to the source but corroborated</source>
        <translation>Nid yw&apos;n hysbys yn bersonol i&apos;r ffynhonnell ond mae wedi&apos;i chadarnhau</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="212"/>
        <source>Cannot be judged</source>
        <translation>Ni ellir barnu</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="214"/>
        <source>Suspected to be false or malicious</source>
        <translation>Amheuir ei bod yn ffug neu&apos;n faleisus</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="223"/>
        <source>May be disseminated to other law enforcement and prosecuting agencies</source>
        <translation>Gellir ei lledaenu i asiantaethau gorfodi&apos;r gyfraith ac erlyn eraill</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="225"/>
        <source>May be disseminated to UK non-prosecuting parties</source>
        <translation>Gellir ei lledaenu i bartïon yn y DU nad ydynt yn erlyn</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="227"/>
        <source>May be disseminated to non-EEA law enforcement agencies</source>
        <translation>Gellir ei lledaenu i asiantaethau gorfodi&apos;r gyfraith y tu allan i&apos;r AEE</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="229"/>
        <source>May be disseminated within the originating agency only</source>
        <translation>Gellir ei lledaenu o fewn yr asiantaeth wreiddiol yn unig</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="231"/>
        <source>No further dissemination: refer to the originator</source>
        <translation>Dim lledaenu pellach: cyfeiriwch at y cychwynnydd</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="251"/>
        <source>Legacy 5x5x5 grade: source %1, intelligence %2, handling %3</source>
        <translation>Gradd 5x5x5 etifeddol: ffynhonnell %1, cudd-wybodaeth %2, trin %3</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="257"/>
        <source>Legacy 5x5x5 source: %1</source>
        <translation>Ffynhonnell 5x5x5 etifeddol: %1</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="258"/>
        <source>Legacy 5x5x5 intelligence: %1</source>
        <translation>Cudd-wybodaeth 5x5x5 etifeddol: %1</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="259"/>
        <source>Legacy 5x5x5 handling: %1</source>
        <translation>Trin 5x5x5 etifeddol: %1</translation>
    </message>
</context>
<context>
    <name>IdleLimit</name>
    <message>
        <location filename="../app/workflow/IdleLimit.cpp" line="27"/>
        <source>The longest idle time is 1 to %1 minutes.</source>
        <translation>Mae&apos;r amser segur hiraf rhwng 1 a %1 munud.</translation>
    </message>
    <message>
        <location filename="../app/workflow/IdleLimit.cpp" line="30"/>
        <source>Only an administrator can change the longest idle time allowed.</source>
        <translation>Dim ond gweinyddwr all newid yr amser segur hiraf a ganiateir.</translation>
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
    <name>ImportCsvCommand</name>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="19"/>
        <source>Cannot read the %1 %2 (%3). Check the path.</source>
        <translation>Ni ellir darllen %1 %2 (%3). Gwiriwch y llwybr.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="25"/>
        <source>Cannot read %1 (%2).</source>
        <translation>Ni ellir darllen %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCsvCommand.cpp" line="35"/>
        <source>Nothing was imported from %1: %n problem(s) found. Correct them, or leave the rows out (the mapping&apos;s &quot;left_out_rows&quot;), and import again.</source>
        <translation>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n o broblemau. Cywirwch nhw, neu gadewch y rhesi allan (&quot;left_out_rows&quot; y mapio), a mewnforiwch eto.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n broblem. Cywirwch hi, neu gadewch y rhes allan (&quot;left_out_rows&quot; y mapio), a mewnforiwch eto.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n o broblemau. Cywirwch nhw, neu gadewch y rhesi allan (&quot;left_out_rows&quot; y mapio), a mewnforiwch eto.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n o broblemau. Cywirwch nhw, neu gadewch y rhesi allan (&quot;left_out_rows&quot; y mapio), a mewnforiwch eto.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n o broblemau. Cywirwch nhw, neu gadewch y rhesi allan (&quot;left_out_rows&quot; y mapio), a mewnforiwch eto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="60"/>
        <source>The mapping document: which column feeds which field, value maps, date format (README &quot;Spreadsheet import&quot;).</source>
        <translation>Y ddogfen fapio: pa golofn sy&apos;n bwydo pa faes, mapiau gwerthoedd, fformat dyddiad (README &quot;Spreadsheet import&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="65"/>
        <source>Check everything and report what would be imported; write nothing (no sign-in needed).</source>
        <translation>Gwirio popeth ac adrodd beth fyddai&apos;n cael ei fewnforio; ysgrifennu dim (dim angen mewngofnodi).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="70"/>
        <source>Imports nominals and their intelligence from a spreadsheet saved as CSV (UTF-8 or Windows-1252; comma, semicolon or tab), through a mapping document: all of it or, if anything is wrong, none of it. Every problem is listed by row and column. Needs the officer role.</source>
        <translation>Yn mewnforio unigolion a&apos;u cudd-wybodaeth o daenlen a gadwyd fel CSV (UTF-8 neu Windows-1252; coma, hanner colon neu dab), drwy ddogfen fapio: y cyfan ohoni neu, os oes unrhyw beth o&apos;i le, dim ohoni. Rhestrir pob problem yn ôl rhes a cholofn. Mae angen rôl swyddog.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="79"/>
        <source>Give the mapping document with --mapping MAPPING.json (see &quot;corroborate-cli import-csv --help&quot;).</source>
        <translation>Rhowch y ddogfen fapio gyda --mapping MAPPING.json (gweler &quot;corroborate-cli import-csv --help&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="89"/>
        <source>mapping</source>
        <translation>y ddogfen fapio</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="93"/>
        <source>Nothing was imported: the mapping %1 is not valid. Correct it and import again.</source>
        <translation>Ni fewnforiwyd dim: nid yw&apos;r ddogfen fapio %1 yn ddilys. Cywirwch hi a mewnforiwch eto.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="101"/>
        <source>spreadsheet</source>
        <translation>y daenlen</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="110"/>
        <source>read as %1, delimiter %2</source>
        <translation>darllenwyd fel %1, amffinydd %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="113"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="118"/>
        <source> Rows left out: %1.</source>
        <translation> Rhesi a adawyd allan: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCsvCommand.cpp" line="120"/>
        <source>Dry run: %n nominal(s) and %1 intelligence item(s) from %2 (%3) would be imported into %4; nothing was written.</source>
        <translation>
            <numerusform>Rhediad prawf: byddai %n o unigolion a %1 eitem cudd-wybodaeth o %2 (%3) yn cael eu mewnforio i %4; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Rhediad prawf: byddai %n unigolyn a %1 eitem cudd-wybodaeth o %2 (%3) yn cael eu mewnforio i %4; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Rhediad prawf: byddai %n o unigolion a %1 eitem cudd-wybodaeth o %2 (%3) yn cael eu mewnforio i %4; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Rhediad prawf: byddai %n o unigolion a %1 eitem cudd-wybodaeth o %2 (%3) yn cael eu mewnforio i %4; ni ysgrifennwyd dim.</numerusform>
            <numerusform>Rhediad prawf: byddai %n o unigolion a %1 eitem cudd-wybodaeth o %2 (%3) yn cael eu mewnforio i %4; ni ysgrifennwyd dim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCsvCommand.cpp" line="137"/>
        <source>Imported %n nominal(s) from %1 (%2) into %3 with %4 intelligence item(s).</source>
        <translation>
            <numerusform>Mewnforiwyd %n o unigolion o %1 (%2) i %3 gyda %4 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Mewnforiwyd %n unigolyn o %1 (%2) i %3 gyda %4 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Mewnforiwyd %n o unigolion o %1 (%2) i %3 gyda %4 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Mewnforiwyd %n o unigolion o %1 (%2) i %3 gyda %4 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Mewnforiwyd %n o unigolion o %1 (%2) i %3 gyda %4 eitem cudd-wybodaeth.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="73"/>
        <source>%1 belonged to a nominal who has been erased; references are never reused. Give this person a new reference</source>
        <translation>Roedd %1 yn perthyn i unigolyn sydd wedi&apos;i ddileu; ni chaiff cyfeirnodau byth eu hailddefnyddio. Rhowch gyfeirnod newydd i&apos;r person hwn</translation>
    </message>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="82"/>
        <source>%1 already exists in the case file; import with update to replace it, or leave it out of the document</source>
        <translation>Mae %1 yn bodoli eisoes yn y ffeil achos; mewnforiwch gyda diweddaru i&apos;w ddisodli, neu gadewch ef allan o&apos;r ddogfen</translation>
    </message>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="116"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Canslwyd y mewnforio: ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="20"/>
        <source>User name of the first administrator.</source>
        <translation>Enw defnyddiwr y gweinyddwr cyntaf.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="22"/>
        <source>Their display name.</source>
        <translation>Ei enw dangos.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="26"/>
        <source>Creates a new encrypted case file with its first administrator. Passphrase from CORROBORATE_PASSPHRASE, the administrator&apos;s password from CORROBORATE_PASSWORD.</source>
        <translation>Yn creu ffeil achos newydd wedi&apos;i hamgryptio gyda&apos;i gweinyddwr cyntaf. Y cyfrinymadrodd o CORROBORATE_PASSPHRASE, cyfrinair y gweinyddwr o CORROBORATE_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="32"/>
        <source>--admin USERNAME is required.</source>
        <translation>Mae angen --admin ENW_DEFNYDDIWR.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="39"/>
        <source>Password for %1</source>
        <translation>Cyfrinair %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="47"/>
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
        <location filename="../app/packs/InterpretationNotice.cpp" line="44"/>
        <source>This pack was produced by %1 for %2, as at %3, for this purpose: %4. Lawful basis: %5. Use it for that purpose only and do not pass it on.</source>
        <translation>Lluniwyd y pecyn hwn gan %1 ar gyfer %2, fel yr oedd ar %3, at y diben hwn: %4. Sail gyfreithlon: %5. Defnyddiwch ef at y diben hwnnw yn unig a pheidiwch â&apos;i drosglwyddo i neb arall.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="51"/>
        <source>What inclusion means</source>
        <translation>Ystyr cynnwys rhywun</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="53"/>
        <source>A person appears in this pack because, at the time shown, the police held graded intelligence about them that met the written inclusion threshold set out below, and their listing was neither flagged for removal nor awaiting a decision on removal.</source>
        <translation>Mae person yn ymddangos yn y pecyn hwn oherwydd, ar yr adeg a ddangosir, fod gan yr heddlu gudd-wybodaeth wedi&apos;i graddio amdano a oedd yn cyrraedd y trothwy cynnwys ysgrifenedig a nodir isod, ac nad oedd wedi&apos;i nodi i&apos;w dynnu oddi ar y rhestr nac yn aros am benderfyniad ar ei dynnu oddi arni.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="58"/>
        <source>What inclusion does not mean</source>
        <translation>Beth nad yw cynnwys rhywun yn ei olygu</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="60"/>
        <source>It is not a finding of guilt, a charge or a conviction, and it is not evidence of an offence.</source>
        <translation>Nid yw&apos;n ganfyddiad o euogrwydd, yn gyhuddiad nac yn euogfarn, ac nid yw&apos;n dystiolaeth o drosedd.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="62"/>
        <source>It does not mean the person is dangerous to you, your staff or your service users, nor that anyone they live with is involved.</source>
        <translation>Nid yw&apos;n golygu bod y person yn beryglus i chi, i&apos;ch staff nac i ddefnyddwyr eich gwasanaeth, nac ychwaith fod unrhyw un sy&apos;n byw gydag ef yn gysylltiedig.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="64"/>
        <source>Intelligence is information assessed for its reliability; some of it is untested and it may be incomplete or out of date. Read each item&apos;s grading.</source>
        <translation>Gwybodaeth sydd wedi&apos;i hasesu am ei dibynadwyedd yw cudd-wybodaeth; nid yw peth ohoni wedi&apos;i phrofi a gall fod yn anghyflawn neu&apos;n hen. Darllenwch raddio pob eitem.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="66"/>
        <source>Someone who is not in this pack is not thereby cleared: people below the threshold or awaiting a removal decision are left out of partner packs.</source>
        <translation>Nid yw rhywun nad yw yn y pecyn hwn wedi&apos;i glirio drwy hynny: mae pobl islaw&apos;r trothwy, neu sy&apos;n aros am benderfyniad ar eu tynnu oddi ar y rhestr, yn cael eu gadael allan o becynnau partner.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="74"/>
        <source>The inclusion threshold (policy version %1)</source>
        <translation>Y trothwy cynnwys (fersiwn polisi %1)</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="77"/>
        <source>How intelligence is graded (3x5x2)</source>
        <translation>Sut mae cudd-wybodaeth yn cael ei graddio (3x5x2)</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="79"/>
        <source>Each intelligence item carries three codes: how reliable its source is, how the source came to know it, and whether and how it may be shared. The meaning is printed beside every code in this pack.</source>
        <translation>Mae tri chod ar bob eitem cudd-wybodaeth: pa mor ddibynadwy yw ei ffynhonnell, sut y daeth y ffynhonnell i wybod amdani, ac a ellir ei rhannu a sut. Mae&apos;r ystyr wedi&apos;i argraffu wrth ymyl pob cod yn y pecyn hwn.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="84"/>
        <source>Items with handling code C may be shared only under conditions recorded with them; their details are withheld from partner packs and the pack says where an item was withheld.</source>
        <translation>Dim ond o dan amodau a gofnodwyd gyda nhw y gellir rhannu eitemau â chod trin C; mae eu manylion yn cael eu dal yn ôl o becynnau partner ac mae&apos;r pecyn yn nodi lle cafodd eitem ei dal yn ôl.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="88"/>
        <source>What this pack must not be used for</source>
        <translation>At beth na ddylid defnyddio&apos;r pecyn hwn</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="91"/>
        <source>This pack must not be used for housing, employment or benefits screening, nor for any decision about a person&apos;s access to a service, tenancy, job, school place or payment. It may be used only for the purpose stated above.</source>
        <translation>Ni ddylid defnyddio&apos;r pecyn hwn i sgrinio ar gyfer tai, cyflogaeth na budd-daliadau, nac ar gyfer unrhyw benderfyniad am fynediad person at wasanaeth, tenantiaeth, swydd, lle mewn ysgol neu daliad. Dim ond at y diben a nodir uchod y gellir ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="96"/>
        <source>Reporting an inaccuracy</source>
        <translation>Rhoi gwybod am anghywirdeb</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="98"/>
        <source>If you believe anything in this pack is wrong or out of date, tell the officer who produced it, %1, as soon as possible, quoting the pack identifier %2 and the nominal&apos;s reference. Do not correct or annotate the pack yourself and do not contact the person about the record.</source>
        <translation>Os ydych yn credu bod unrhyw beth yn y pecyn hwn yn anghywir neu&apos;n hen, dywedwch wrth y swyddog a&apos;i lluniodd, %1, cyn gynted â phosibl, gan ddyfynnu dynodydd y pecyn %2 a chyfeirnod yr unigolyn. Peidiwch â chywiro&apos;r pecyn na nodi arno eich hun a pheidiwch â chysylltu â&apos;r person am y cofnod.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="105"/>
        <source>When to destroy this pack</source>
        <translation>Pryd i ddinistrio&apos;r pecyn hwn</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="107"/>
        <source>Destroy every copy securely (cross-cut shredding, or secure deletion of the file) as soon as the purpose above has been served, and no later than %1. Do not copy it, keep extracts of it or add it to your own records.</source>
        <translation>Dinistriwch bob copi yn ddiogel (rhwygo croes-doriad, neu ddileu&apos;r ffeil yn ddiogel) cyn gynted ag y bydd y diben uchod wedi&apos;i gyflawni, a dim hwyrach na %1. Peidiwch â&apos;i gopïo, cadw darnau ohono na&apos;i ychwanegu at eich cofnodion eich hun.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="113"/>
        <source>Before acting</source>
        <translation>Cyn gweithredu</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="115"/>
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
        <location filename="../ui/data/NominalDetails.cpp" line="18"/>
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
        <source>Har&amp;m score:</source>
        <translation>Sgôr &amp;niwed:</translation>
    </message>
    <message>
        <source>&amp;Harm score:</source>
        <translation type="vanished">&amp;Sgôr niwed:</translation>
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
        <source>&amp;Reload</source>
        <translation type="vanished">Ail-&amp;lwytho</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Reload the saved record</source>
        <translation>Ail-lwytho&apos;r cofnod a gadwyd</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Reloa&amp;d</source>
        <translation>Ail-lwy&amp;tho</translation>
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
        <translation>Mae unigolyn â&apos;r cyfeirnod %1 yn bodoli eisoes.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="144"/>
        <source>Reference %1 belonged to a nominal who has been erased; references are never reused.</source>
        <translation>Roedd cyfeirnod %1 yn perthyn i unigolyn sydd wedi&apos;i ddileu; ni chaiff cyfeirnodau byth eu hailddefnyddio.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="167"/>
        <source>There is no nominal with reference %1.</source>
        <translation>Does dim unigolyn â&apos;r cyfeirnod %1.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="313"/>
        <source>%1 was removed by someone else while you were editing it.</source>
        <translation>Cafodd %1 ei dynnu gan rywun arall tra oeddech yn ei olygu.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="314"/>
        <source>%1 was changed by %2 (%3) while you were editing it. Reload it to see their change, then edit again.</source>
        <translation>Cafodd %1 ei newid gan %2 (%3) tra oeddech yn ei olygu. Ail-lwythwch ef i weld y newid, yna golygwch eto.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 while you were editing it. Reload it to see their change, then edit again.</source>
        <translation type="vanished">Cafodd %1 ei newid gan %2 am %3 tra oeddech yn ei olygu. Ail-lwythwch ef i weld y newid, yna golygwch eto.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="366"/>
        <location filename="../app/store/NominalRepository.cpp" line="388"/>
        <location filename="../app/store/NominalRepository.cpp" line="415"/>
        <source>Intelligence item %1</source>
        <translation>Eitem cudd-wybodaeth %1</translation>
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
        <translation>Yr adroddiad goruchwylio (goruchwylwyr a gweinyddwyr): y rhestr ar ddyddiad penodol yn ôl statws, rheswm, ethnigrwydd (pum grŵp lefel uchel ONS 2021, a heb ei gofnodi), rhywedd, band oedran (dan 14, 14-17, 18-24, 25-34, 35 a throsodd) ac ardal; ychwanegiadau ac achosion o dynnu oddi ar y rhestr yn ystod y 12 mis diwethaf (daw&apos;r achosion o dynnu oddi ar y rhestr o&apos;r cyfrifon dienw a gymerir ar adeg pob dileu) a fesul mis dros 24 mis; cyfraddau fesul 1,000 a chymarebau i&apos;r grŵp Gwyn yn erbyn y llinell sylfaen poblogaeth (gweler &quot;baseline set&quot;); diwrnodau o&apos;r cynnig i&apos;r penderfyniad cymeradwyo; datgeliadau yn ystod y 12 mis diwethaf. Caiff ei gofnodi fel ymgynghoriad ar y rhestr gyfan.

Niferoedd bach: dangosir cyfrifon o 1 i 4 fel &quot;fewer than 5&quot; (llai na 5), a dangosir unrhyw ffigur y gellid cyfrifo cyfrif o&apos;r fath yn ôl ohono o gyfanswm fel &quot;suppressed&quot; (wedi&apos;i atal), a&apos;r un modd gyda chyfraddau a chymarebau a wneir ohonynt. Caiff y PDF, y ffeiliau CSV, y crynodeb testun a&apos;r JSON eu hatal yn yr un modd; mae --exact (gweinyddwyr yn unig) yn gwneud y JSON a&apos;r crynodeb testun yn union, ar gyfer dadansoddi mewnol; mae&apos;r PDF a&apos;r ffeiliau CSV yn dal wedi&apos;u hatal.

Mae --json yn argraffu un gwrthrych gyda&apos;r allweddi as_of, exact, policy_version, totals (listed, meets_threshold, below_threshold, overdue, overdue_median_days, juveniles, victims, at_risk, awaiting_sign_off, added_12m, removed_12m), by_ethnicity, by_gender, by_age_band, by_area, by_reason (pob un yn rhestr o wrthrychau gyda group, listed, below_threshold, added_12m, removed_12m; by_ethnicity hefyd rate_per_1000, ratio_to_white, added_rate_per_1000 ac added_ratio_to_white pan fydd llinell sylfaen wedi&apos;i gosod), monthly (month, added, removed), sign_off (penderfyniadau yn ôl canlyniad, total, days_proposed_to_decided gyda timed, median, p90), disclosures (recipient, purpose, disclosures, nominals) a baseline (group, population; null pan nad oes un wedi&apos;i gosod). Cyfrif cudd yw&apos;r testun &quot;fewer than 5&quot; neu &quot;suppressed&quot;; null yw ffigur nad yw&apos;n bodoli.

Mae --csv DIR yn ysgrifennu by_ethnicity.csv, by_gender.csv, by_age_band.csv, by_area.csv, by_reason.csv, monthly.csv, sign_off.csv a disclosures.csv: rhes pennawd gydag enwau&apos;r JSON, un rhes i bob grŵp, a rhes olaf Total. Mae --out yn ysgrifennu&apos;r PDF wedi&apos;i farcio. Nid yw&apos;r naill na&apos;r llall yn trosysgrifo ffeil (cod gadael 6).</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="56"/>
        <source>Oversight report as at %1 (policy version %2)%3</source>
        <translation>Adroddiad goruchwylio ar %1 (fersiwn polisi %2)%3</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="59"/>
        <source>, exact counts</source>
        <translation>, cyfrifon union</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="94"/>
        <source>The report as at this date (default: today).</source>
        <translation>Yr adroddiad ar y dyddiad hwn (diofyn: heddiw).</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="98"/>
        <source>Write the marked PDF report here.</source>
        <translation>Ysgrifennu&apos;r adroddiad PDF wedi&apos;i farcio yma.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="101"/>
        <source>Write one CSV per table into this folder.</source>
        <translation>Ysgrifennu un CSV i bob tabl yn y ffolder hwn.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="104"/>
        <source>Print the report as JSON.</source>
        <translation>Argraffu&apos;r adroddiad fel JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="106"/>
        <source>Exact counts in the JSON (administrators only).</source>
        <translation>Cyfrifon union yn y JSON (gweinyddwyr yn unig).</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="116"/>
        <source>--as-of needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Mae --as-of angen dyddiad fel YYYY-MM-DD, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="121"/>
        <source>--out needs a file name.</source>
        <translation>Mae --out angen enw ffeil.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="129"/>
        <source>%1 is not permitted to read the oversight report: it needs the %2 or %3 role.</source>
        <translation>Nid oes gan %1 hawl i ddarllen yr adroddiad goruchwylio: mae angen rôl %2 neu %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="135"/>
        <source>%1 is not permitted to see exact counts: --exact needs the %2 role. Leave it out for the suppressed figures.</source>
        <translation>Nid oes gan %1 hawl i weld cyfrifon union: mae --exact angen rôl %2. Gadewch ef allan i gael y ffigurau wedi&apos;u hatal.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="141"/>
        <source>The report was stopped.</source>
        <translation>Stopiwyd yr adroddiad.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="157"/>
        <source>Wrote %1.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/OversightCommand.cpp" line="162"/>
        <source>Wrote %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n o ffeiliau CSV yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n ffeil CSV yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n o ffeiliau CSV yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n o ffeiliau CSV yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n o ffeiliau CSV yn %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OversightOutput</name>
    <message>
        <location filename="../app/oversight/OversightOutput.cpp" line="15"/>
        <source>%1 already exists; the oversight report never overwrites a file. Choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; nid yw&apos;r adroddiad goruchwylio byth yn trosysgrifo ffeil. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightOutput.cpp" line="26"/>
        <source>%1 is a file, not a folder: give --csv a folder for the CSV files.</source>
        <translation>Ffeil yw %1, nid ffolder: rhowch ffolder i --csv ar gyfer y ffeiliau CSV.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightOutput.cpp" line="37"/>
        <source>%1 could not be written: %2.</source>
        <translation>Methu ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightOutput.cpp" line="44"/>
        <source>The folder %1 could not be made.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
</context>
<context>
    <name>OversightPdf</name>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="161"/>
        <source>Listed by ethnic group, as a share of those listed, with the population baseline beside it</source>
        <translation>Ar y rhestr yn ôl grŵp ethnig, fel cyfran o&apos;r rhai sydd ar y rhestr, gyda&apos;r llinell sylfaen poblogaeth wrth ei ochr</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="220"/>
        <source>Listed (share of all listed)</source>
        <translation>Ar y rhestr (cyfran o bawb sydd ar y rhestr)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="224"/>
        <source>Population baseline (share)</source>
        <translation>Llinell sylfaen poblogaeth (cyfran)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="227"/>
        <source>No population baseline is set.</source>
        <translation>Nid oes llinell sylfaen poblogaeth wedi&apos;i gosod.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="238"/>
        <source>Additions and removals by month</source>
        <translation>Ychwanegiadau ac achosion o dynnu oddi ar y rhestr fesul mis</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="302"/>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="305"/>
        <source>Removed (a gap: fewer than 5, or suppressed)</source>
        <translation>Tynnwyd oddi ar y rhestr (bwlch: &quot;fewer than 5&quot; neu &quot;suppressed&quot;)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="312"/>
        <source>Oversight report as at %1 (%2)</source>
        <translation>Adroddiad goruchwylio ar %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="319"/>
        <source>Oversight report</source>
        <translation>Adroddiad goruchwylio</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="320"/>
        <source>As at %1 · threshold policy version %2 · %3 listed</source>
        <translation>Ar %1 · fersiwn polisi trothwy %2 · %3 ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="326"/>
        <source>Exact counts: for internal analysis only.</source>
        <translation>Cyfrifon union: ar gyfer dadansoddi mewnol yn unig.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="327"/>
        <source>Small numbers: counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and any figure from which such a count could be worked back from a total is shown as &quot;suppressed&quot;. Removals come from anonymous tallies taken at erasure (month, area, ethnic group, gender, age band, reason).</source>
        <translation>Niferoedd bach: dangosir cyfrifon o 1 i 4 fel &quot;fewer than 5&quot; (llai na 5), a dangosir unrhyw ffigur y gellid cyfrifo cyfrif o&apos;r fath yn ôl ohono o gyfanswm fel &quot;suppressed&quot; (wedi&apos;i atal). Daw&apos;r achosion o dynnu oddi ar y rhestr o gyfrifon dienw a gymerir ar adeg dileu (mis, ardal, grŵp ethnig, rhywedd, band oedran, rheswm).</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="340"/>
        <source>The list now</source>
        <translation>Y rhestr nawr</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="369"/>
        <source>Disproportionality against the population baseline</source>
        <translation>Anghymesuredd o&apos;i gymharu â&apos;r llinell sylfaen poblogaeth</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="372"/>
        <source>Days from proposal to decision: median %1, 90th percentile %2.</source>
        <translation>Diwrnodau o&apos;r cynnig i&apos;r penderfyniad: canolrif %1, 90fed canradd %2.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="373"/>
        <location filename="../app/oversight/OversightPdf.cpp" line="375"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="424"/>
        <source>SYNTHETIC DATA</source>
        <translation>DATA SYNTHETIG</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="432"/>
        <source>Oversight report as at %1</source>
        <translation>Adroddiad goruchwylio ar %1</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="434"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
</context>
<context>
    <name>OversightTables</name>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="68"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="69"/>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="70"/>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="71"/>
        <location filename="../app/oversight/OversightTables.cpp" line="95"/>
        <source>Listed</source>
        <translation>Ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="72"/>
        <source>Below threshold</source>
        <translation>Islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="73"/>
        <source>Added (12 months)</source>
        <translation>Ychwanegwyd (12 mis)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="74"/>
        <source>Removed (12 months)</source>
        <translation>Tynnwyd (12 mis)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="75"/>
        <source>Listed per 1,000</source>
        <translation>Ar y rhestr fesul 1,000</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="76"/>
        <source>Ratio to White</source>
        <translation>Cymhareb i&apos;r grŵp Gwyn</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="77"/>
        <source>Added per 1,000</source>
        <translation>Ychwanegwyd fesul 1,000</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="78"/>
        <source>Ratio to White (added)</source>
        <translation>Cymhareb i&apos;r grŵp Gwyn (ychwanegwyd)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="79"/>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="80"/>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="81"/>
        <source>Removed</source>
        <translation>Tynnwyd</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="82"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="83"/>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="84"/>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="85"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="86"/>
        <source>Disclosures</source>
        <translation>Datgeliadau</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="87"/>
        <source>Nominals carried</source>
        <translation>Unigolion a gynhwyswyd</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="88"/>
        <source>Past destroy-by, not confirmed destroyed</source>
        <translation>Wedi pasio&apos;r dyddiad dinistrio, heb gadarnhad o&apos;u dinistrio</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="96"/>
        <source>Meet the threshold</source>
        <translation>Yn cyrraedd y trothwy</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="97"/>
        <source>Below the threshold (flagged for removal)</source>
        <translation>Islaw&apos;r trothwy (wedi&apos;u nodi i&apos;w tynnu oddi ar y rhestr)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="98"/>
        <source>Review overdue</source>
        <translation>Adolygiad yn hwyr</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="99"/>
        <source>Median days overdue</source>
        <translation>Canolrif y diwrnodau&apos;n hwyr</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="100"/>
        <source>Under 18</source>
        <translation>Dan 18</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="101"/>
        <source>Recorded as victims, still listed</source>
        <translation>Wedi&apos;u cofnodi fel dioddefwyr, yn dal ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="102"/>
        <source>Recorded as at risk, still listed</source>
        <translation>Wedi&apos;u cofnodi fel pobl mewn perygl, yn dal ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="103"/>
        <source>Removals awaiting sign-off</source>
        <translation>Cynigion i dynnu oddi ar y rhestr yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="104"/>
        <source>Restricted (DPA 2018 s.47)</source>
        <translation>Cyfyngedig (Deddf Diogelu Data 2018, a.47)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="105"/>
        <source>Added in the last 12 months</source>
        <translation>Ychwanegwyd yn ystod y 12 mis diwethaf</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="106"/>
        <source>Removed in the last 12 months</source>
        <translation>Tynnwyd oddi ar y rhestr yn ystod y 12 mis diwethaf</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="166"/>
        <source>By ethnicity (ONS 2021 high-level groups)</source>
        <translation>Yn ôl ethnigrwydd (grwpiau lefel uchel ONS 2021)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="166"/>
        <source>By gender</source>
        <translation>Yn ôl rhywedd</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="167"/>
        <source>By age band on the as-at date</source>
        <translation>Yn ôl band oedran ar ddyddiad yr adroddiad</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="167"/>
        <source>By area</source>
        <translation>Yn ôl ardal</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="168"/>
        <source>By reason (threshold reasons of those listed; removal reasons of those removed)</source>
        <translation>Yn ôl rheswm (rhesymau trothwy&apos;r rhai sydd ar y rhestr; rhesymau tynnu&apos;r rhai a dynnwyd oddi ar y rhestr)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="229"/>
        <source>Additions and removals by month (24 months)</source>
        <translation>Ychwanegiadau ac achosion o dynnu oddi ar y rhestr fesul mis (24 mis)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="243"/>
        <source>Sign-off decisions in the last 12 months</source>
        <translation>Penderfyniadau cymeradwyo yn ystod y 12 mis diwethaf</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="256"/>
        <source>Disclosures in the last 12 months</source>
        <translation>Datgeliadau yn ystod y 12 mis diwethaf</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="62"/>
        <source>A partner pack may be shared only under an information-sharing agreement in force today: name one with --agreement ISA-n (`agreement list` shows them; an administrator records them).</source>
        <translation>Dim ond o dan gytundeb rhannu gwybodaeth sydd mewn grym heddiw y gellir rhannu pecyn partner: enwch un gyda --agreement ISA-n (mae `agreement list` yn eu dangos; gweinyddwr sy&apos;n eu cofnodi).</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="67"/>
        <source>Give the purpose (--purpose), one of those the agreement lists.</source>
        <translation>Rhowch y diben (--purpose), un o&apos;r rhai y mae&apos;r cytundeb yn eu rhestru.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="79"/>
        <source>Name the recipient, the lawful basis and the purpose before a pack leaves the file; missing or blank: %1.</source>
        <translation>Enwch y derbynnydd, y sail gyfreithlon a&apos;r diben cyn i becyn adael y ffeil; ar goll neu&apos;n wag: %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="87"/>
        <source>The due-by date is not a valid date (YYYY-MM-DD).</source>
        <translation>Nid yw&apos;r dyddiad erbyn pryd yn ddyddiad dilys (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="194"/>
        <source>No nominal with the reference(s) %1 is in this case file; no pack was made. Check the references.</source>
        <translation>Does dim unigolyn â&apos;r cyfeirnod(au) %1 yn y ffeil achos hon; ni luniwyd pecyn. Gwiriwch y cyfeirnodau.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="30"/>
        <source>A nominal&apos;s reference; repeat for several (printed in the order given).</source>
        <translation>Cyfeirnod unigolyn; ailadroddwch ar gyfer sawl un (wedi&apos;u hargraffu yn y drefn a roddir).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="34"/>
        <source>Every nominal whose next review is due on or before this date.</source>
        <translation>Pob unigolyn y mae ei adolygiad nesaf yn ddyledus ar y dyddiad hwn neu cyn hynny.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="37"/>
        <source>Every nominal below the threshold today.</source>
        <translation>Pob unigolyn sydd islaw&apos;r trothwy heddiw.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="40"/>
        <source>internal (everything) or partner (restricted nominals and handling-code-C details left out, interpretation notice first).</source>
        <translation>internal (popeth) neu partner (unigolion cyfyngedig a manylion cod trin C wedi&apos;u gadael allan, yr hysbysiad dehongli yn gyntaf).</translation>
    </message>
    <message>
        <source>Who the pack is for (required).</source>
        <translation type="vanished">Ar gyfer pwy mae&apos;r pecyn (gofynnol).</translation>
    </message>
    <message>
        <source>The lawful basis for sharing it (required).</source>
        <translation type="vanished">Y sail gyfreithlon dros ei rannu (gofynnol).</translation>
    </message>
    <message>
        <source>What it is for (required).</source>
        <translation type="vanished">Beth yw ei ddiben (gofynnol).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="68"/>
        <source>The PDF to write; an existing file is never overwritten.</source>
        <translation>Y PDF i&apos;w ysgrifennu; ni chaiff ffeil sy&apos;n bodoli byth ei throsysgrifo.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="73"/>
        <source>The pack&apos;s language: cy (Cymraeg) or en (English). Default: the language this command runs in.</source>
        <translation>Iaith y pecyn: cy (Cymraeg) neu en (English). Diofyn: yr iaith y mae&apos;r gorchymyn hwn yn rhedeg ynddi.</translation>
    </message>
    <message>
        <source>Writes a marked review pack as a PDF for one or more nominals, or for every nominal due for review or flagged, and records it as a disclosure. Needs the officer role.</source>
        <translation type="vanished">Yn ysgrifennu pecyn adolygu wedi&apos;i farcio fel PDF ar gyfer un neu ragor o unigolion, neu ar gyfer pob unigolyn sy&apos;n ddyledus i&apos;w adolygu neu wedi&apos;i nodi, ac yn ei gofnodi fel datgeliad. Mae angen rôl swyddog.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="45"/>
        <source>Internal packs: who the pack is for (required; partner packs name the agreement&apos;s partner).</source>
        <translation>Pecynnau mewnol: ar gyfer pwy mae&apos;r pecyn (gofynnol; mae pecynnau partner yn enwi partner y cytundeb).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="50"/>
        <source>Internal packs: the lawful basis for sharing it (required; partner packs use the agreement&apos;s).</source>
        <translation>Pecynnau mewnol: y sail gyfreithlon dros ei rannu (gofynnol; mae pecynnau partner yn defnyddio sail y cytundeb).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="55"/>
        <source>What it is for (required); for a partner pack, one of the purposes its agreement lists.</source>
        <translation>Ei ddiben (gofynnol); ar gyfer pecyn partner, un o&apos;r dibenion y mae ei gytundeb yn eu rhestru.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="60"/>
        <source>Partner packs: the information-sharing agreement (ISA-n) in force today that the pack is shared under (required).</source>
        <translation>Pecynnau partner: y cytundeb rhannu gwybodaeth (ISA-n) sydd mewn grym heddiw ac y caiff y pecyn ei rannu oddi tano (gofynnol).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="65"/>
        <source>Internal packs: encrypt the PDF as partner packs always are (AES-256, a new password printed once as &quot;Password: ...&quot; on standard output).</source>
        <translation>Pecynnau mewnol: amgryptio&apos;r PDF fel y caiff pecynnau partner eu hamgryptio bob amser (AES-256, cyfrinair newydd wedi&apos;i argraffu unwaith fel &quot;Password: ...&quot; ar yr allbwn safonol).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="79"/>
        <source>Writes a marked review pack as a PDF for one or more nominals, or for every nominal due for review or flagged, and records it as a disclosure with its destroy-by date. A partner pack goes under an information-sharing agreement in force today and one of its purposes, and is always encrypted: its password is printed once as &quot;Password: ...&quot; on standard output, after the pack identifier; send it by another channel. Needs the officer role.</source>
        <translation>Yn ysgrifennu pecyn adolygu wedi&apos;i farcio fel PDF ar gyfer un neu fwy o unigolion, neu ar gyfer pob unigolyn sy&apos;n ddyledus i&apos;w adolygu neu wedi&apos;i nodi, ac yn ei gofnodi fel datgeliad gyda&apos;i ddyddiad dinistrio erbyn. Mae pecyn partner yn mynd o dan gytundeb rhannu gwybodaeth sydd mewn grym heddiw ac un o&apos;i ddibenion, ac mae bob amser wedi&apos;i amgryptio: caiff ei gyfrinair ei argraffu unwaith fel &quot;Password: ...&quot; ar yr allbwn safonol, ar ôl dynodydd y pecyn; anfonwch ef drwy sianel arall. Mae angen rôl swyddog.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="95"/>
        <source>Choose the nominals with exactly one of --nominal REF, --due-by YYYY-MM-DD or --flagged.
Usage: corroborate-cli %1</source>
        <translation>Dewiswch yr unigolion gydag un yn union o --nominal REF, --due-by YYYY-MM-DD neu --flagged.
Defnydd: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="105"/>
        <source>--audience must be internal or partner.</source>
        <translation>Rhaid i --audience fod yn internal neu partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="109"/>
        <source>A partner pack may be shared only under an information-sharing agreement in force today: name one with --agreement ISA-n (`agreement list` shows them; an administrator records them). Its recipient and lawful basis come from the agreement. Nothing was written.</source>
        <translation>Dim ond o dan gytundeb rhannu gwybodaeth sydd mewn grym heddiw y gellir rhannu pecyn partner: enwch un gyda --agreement ISA-n (mae `agreement list` yn eu dangos; gweinyddwr sy&apos;n eu cofnodi). Daw ei dderbynnydd a&apos;i sail gyfreithlon o&apos;r cytundeb. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="116"/>
        <source>A partner pack takes its recipient and lawful basis from its agreement: leave out --recipient and --basis.</source>
        <translation>Mae pecyn partner yn cymryd ei dderbynnydd a&apos;i sail gyfreithlon o&apos;i gytundeb: gadewch --recipient a --basis allan.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="119"/>
        <source>--agreement is for partner packs only.</source>
        <translation>Mae --agreement ar gyfer pecynnau partner yn unig.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="121"/>
        <source>Partner packs are always encrypted; --encrypt is not needed.</source>
        <translation>Mae pecynnau partner bob amser wedi&apos;u hamgryptio; nid oes angen --encrypt.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="131"/>
        <source>--language must be cy or en, not &quot;%1&quot;.</source>
        <translation>Rhaid i --language fod yn cy neu en, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="137"/>
        <source>--out FILE.pdf is required.</source>
        <translation>Mae angen --out FFEIL.pdf.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="143"/>
        <source>--due-by must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Rhaid i --due-by fod yn ddyddiad wedi&apos;i ysgrifennu YYYY-MM-DD, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="163"/>
        <source>No nominal is below the threshold; no pack was written.</source>
        <translation>Does dim unigolyn islaw&apos;r trothwy; ni ysgrifennwyd pecyn.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="164"/>
        <source>No nominal is due for review on or before %1; no pack was written.</source>
        <translation>Does dim unigolyn yn ddyledus i&apos;w adolygu ar %1 neu cyn hynny; ni ysgrifennwyd pecyn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="181"/>
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
        <location filename="../app/cli/PackCommand.cpp" line="184"/>
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
        <location filename="../app/cli/PackCommand.cpp" line="188"/>
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
        <location filename="../app/cli/PackCommand.cpp" line="190"/>
        <source>recorded as disclosure %1.</source>
        <translation>cofnodwyd fel datgeliad %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="192"/>
        <source>Destroy by %1.</source>
        <translation>Dinistrio erbyn %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="195"/>
        <source>The PDF is encrypted (AES-256): send the password by another channel than the file.</source>
        <translation>Mae&apos;r PDF wedi&apos;i amgryptio (AES-256): anfonwch y cyfrinair drwy sianel wahanol i&apos;r ffeil.</translation>
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
        <location filename="../app/packs/PackHtml.cpp" line="325"/>
        <source>Meets the threshold</source>
        <translation>Yn cyrraedd y trothwy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="112"/>
        <location filename="../app/packs/PackHtml.cpp" line="326"/>
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
        <location filename="../app/packs/PackHtml.cpp" line="132"/>
        <source>Supplied to %1 under %2 for: %3. Destroy by %4.</source>
        <translation>Darparwyd i %1 o dan %2 at y diben: %3. Dinistrio erbyn %4.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="135"/>
        <source>Internal: not to be shared. Destroy by %1.</source>
        <translation>Mewnol: ni ddylid ei rannu. Dinistrio erbyn %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="148"/>
        <source>%1 at %2 UTC</source>
        <translation>%1 am %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="183"/>
        <source>Gang nominal review pack</source>
        <translation>Pecyn adolygu unigolion ar y rhestr gangiau</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="185"/>
        <source>PARTNER PACK: for the named recipient only, under the interpretation notice that follows this page</source>
        <translation>PECYN PARTNER: ar gyfer y derbynnydd a enwir yn unig, o dan yr hysbysiad dehongli sy&apos;n dilyn y dudalen hon</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="187"/>
        <source>INTERNAL PACK: for police use only; not to be shared outside the force</source>
        <translation>PECYN MEWNOL: at ddefnydd yr heddlu yn unig; ni ddylid ei rannu y tu allan i&apos;r heddlu</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="191"/>
        <source>SYNTHETIC DATA: every person in this pack is invented, for testing and training.</source>
        <translation>DATA SYNTHETIG: mae pob person yn y pecyn hwn wedi&apos;i ddyfeisio, ar gyfer profi a hyfforddi.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="195"/>
        <source>Pack identifier</source>
        <translation>Dynodydd y pecyn</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="196"/>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="197"/>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="198"/>
        <source>Produced by</source>
        <translation>Lluniwyd gan</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="199"/>
        <source>As at</source>
        <translation>Fel yr oedd ar</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="200"/>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="202"/>
        <source>Information-sharing agreement</source>
        <translation>Cytundeb rhannu gwybodaeth</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="203"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="204"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="205"/>
        <source>Nominals in this pack</source>
        <translation>Unigolion yn y pecyn hwn</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="207"/>
        <source>Nominals withheld</source>
        <translation>Unigolion a ddaliwyd yn ôl</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="208"/>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="210"/>
        <source>1 nominal selected for this pack is withheld because it is restricted (below the inclusion threshold, or awaiting a decision on removal). It is not named in this pack.</source>
        <translation>Mae 1 unigolyn a ddewiswyd ar gyfer y pecyn hwn yn cael ei ddal yn ôl am ei fod yn gyfyngedig (islaw&apos;r trothwy cynnwys, neu&apos;n aros am benderfyniad ar ei dynnu oddi ar y rhestr). Nid yw wedi&apos;i enwi yn y pecyn hwn.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="213"/>
        <source>%1 nominals selected for this pack are withheld because they are restricted (below the inclusion threshold, or awaiting a decision on removal). They are not named in this pack.</source>
        <translation>Mae %1 o unigolion a ddewiswyd ar gyfer y pecyn hwn yn cael eu dal yn ôl am eu bod yn gyfyngedig (islaw&apos;r trothwy cynnwys, neu&apos;n aros am benderfyniad ar eu tynnu oddi ar y rhestr). Nid ydynt wedi&apos;u henwi yn y pecyn hwn.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="218"/>
        <source>Restricted nominals left out</source>
        <translation>Unigolion cyfyngedig a adawyd allan</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/packs/PackHtml.cpp" line="219"/>
        <source>%n nominal(s) selected for this pack are left out because their processing is restricted (Data Protection Act 2018, section 47). They are not named in this pack.</source>
        <translation>
            <numerusform>Mae %n o unigolion a ddewiswyd ar gyfer y pecyn hwn wedi&apos;u gadael allan oherwydd bod cyfyngiad ar brosesu eu data (Deddf Diogelu Data 2018, adran 47). Nid ydynt wedi&apos;u henwi yn y pecyn hwn.</numerusform>
            <numerusform>Mae %n unigolyn a ddewiswyd ar gyfer y pecyn hwn wedi&apos;i adael allan oherwydd bod cyfyngiad ar brosesu ei ddata (Deddf Diogelu Data 2018, adran 47). Nid yw wedi&apos;i enwi yn y pecyn hwn.</numerusform>
            <numerusform>Mae %n o unigolion a ddewiswyd ar gyfer y pecyn hwn wedi&apos;u gadael allan oherwydd bod cyfyngiad ar brosesu eu data (Deddf Diogelu Data 2018, adran 47). Nid ydynt wedi&apos;u henwi yn y pecyn hwn.</numerusform>
            <numerusform>Mae %n o unigolion a ddewiswyd ar gyfer y pecyn hwn wedi&apos;u gadael allan oherwydd bod cyfyngiad ar brosesu eu data (Deddf Diogelu Data 2018, adran 47). Nid ydynt wedi&apos;u henwi yn y pecyn hwn.</numerusform>
            <numerusform>Mae %n o unigolion a ddewiswyd ar gyfer y pecyn hwn wedi&apos;u gadael allan oherwydd bod cyfyngiad ar brosesu eu data (Deddf Diogelu Data 2018, adran 47). Nid ydynt wedi&apos;u henwi yn y pecyn hwn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="223"/>
        <source>Threshold policy</source>
        <translation>Polisi trothwy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="223"/>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="224"/>
        <source>Destroy by</source>
        <translation>Dinistrio erbyn</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="230"/>
        <source>Before acting on this pack:</source>
        <translation>Cyn gweithredu ar y pecyn hwn:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="231"/>
        <source>check each nominal&apos;s current status in Corroborate. This pack shows the records as at the date and time above; since then intelligence may have been added or corrected, a status may have changed, and a person may have been removed from the list and their record erased.</source>
        <translation>gwiriwch statws presennol pob unigolyn yn Corroborate. Mae&apos;r pecyn hwn yn dangos y cofnodion fel yr oeddent ar y dyddiad a&apos;r amser uchod; ers hynny gall cudd-wybodaeth fod wedi&apos;i hychwanegu neu ei chywiro, gall statws fod wedi newid, a gall person fod wedi&apos;i dynnu oddi ar y rhestr a&apos;i gofnod wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="237"/>
        <source>Read the interpretation notice on the next page before reading any nominal&apos;s section. This pack must not be used for housing, employment or benefits screening.</source>
        <translation>Darllenwch yr hysbysiad dehongli ar y dudalen nesaf cyn darllen adran unrhyw unigolyn. Ni ddylid defnyddio&apos;r pecyn hwn i sgrinio ar gyfer tai, cyflogaeth na budd-daliadau.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="248"/>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="252"/>
        <location filename="../app/packs/PackHtml.cpp" line="302"/>
        <location filename="../app/packs/PackHtml.cpp" line="386"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="252"/>
        <location filename="../app/packs/PackHtml.cpp" line="483"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="252"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="252"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="264"/>
        <source>restricted</source>
        <translation>cyfyngedig</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="277"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="285"/>
        <source>it is below the threshold and a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation>mae islaw&apos;r trothwy ac mae cynnig i&apos;w dynnu oddi ar y rhestr yn aros am benderfyniad goruchwyliwr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="287"/>
        <source>it is below the threshold (flagged for removal)</source>
        <translation>mae islaw&apos;r trothwy (wedi&apos;i nodi i&apos;w dynnu oddi ar y rhestr)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="288"/>
        <source>a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation>mae cynnig i&apos;w dynnu oddi ar y rhestr yn aros am benderfyniad goruchwyliwr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="291"/>
        <source>RESTRICTED: %1. Do not share any of this section outside the force.</source>
        <translation>CYFYNGEDIG: %1. Peidiwch â rhannu dim o&apos;r adran hon y tu allan i&apos;r heddlu.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="297"/>
        <source>Identity</source>
        <translation>Hunaniaeth</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="300"/>
        <source>(age %1)</source>
        <translation>(%1 oed)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="302"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="303"/>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="303"/>
        <source>Forenames</source>
        <translation>Enwau cyntaf</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="305"/>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="305"/>
        <source>Self-defined ethnicity</source>
        <translation>Ethnigrwydd hunan-ddiffiniedig</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="307"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="307"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="308"/>
        <source>Harm score</source>
        <translation>Sgôr niwed</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="309"/>
        <source>Listed on</source>
        <translation>Ar y rhestr ers</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="312"/>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="313"/>
        <source>Last reviewed</source>
        <translation>Adolygwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="314"/>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="315"/>
        <source>Next review due</source>
        <translation>Adolygiad nesaf yn ddyledus</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="319"/>
        <source>Classification</source>
        <translation>Dosbarthiad</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="323"/>
        <source>Threshold result</source>
        <translation>Canlyniad y trothwy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="327"/>
        <source>Evaluated under threshold policy version %1 as at %2; independent qualifying originators: %3.</source>
        <translation>Wedi&apos;i werthuso o dan fersiwn polisi trothwy %1 fel yr oedd ar %2; cychwynwyr cymwys annibynnol: %3.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="333"/>
        <source>Reasons:</source>
        <translation>Rhesymau:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="343"/>
        <source>A proposal to remove this nominal has been awaiting a supervisor&apos;s decision since %1.</source>
        <translation>Mae cynnig i dynnu&apos;r unigolyn hwn oddi ar y rhestr wedi bod yn aros am benderfyniad goruchwyliwr ers %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="347"/>
        <source>Reason given: %1</source>
        <translation>Y rheswm a roddwyd: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="352"/>
        <source>Intelligence (1 item)</source>
        <translation>Cudd-wybodaeth (1 eitem)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="353"/>
        <source>Intelligence (%1 items)</source>
        <translation>Cudd-wybodaeth (%1 o eitemau)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="355"/>
        <source>No intelligence is recorded.</source>
        <translation>Does dim cudd-wybodaeth wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="360"/>
        <source>Item and source</source>
        <translation>Eitem a ffynhonnell</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="360"/>
        <source>Grading (code: meaning)</source>
        <translation>Graddio (cod: ystyr)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="361"/>
        <source>What it indicates and summary</source>
        <translation>Beth mae&apos;n ei ddangos a chrynodeb</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="365"/>
        <source>Item %1</source>
        <translation>Eitem %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="372"/>
        <source>Handling code %1: %2</source>
        <translation>Cod trin %1: %2</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="375"/>
        <source>Withheld. This item may be shared only under conditions recorded with it, so its details are left out of partner packs. To ask for it, contact the officer who produced this pack, quoting the pack identifier, the nominal&apos;s reference and the item number.</source>
        <translation>Daliwyd yn ôl. Dim ond o dan amodau a gofnodwyd gyda hi y gellir rhannu&apos;r eitem hon, felly mae ei manylion wedi&apos;u gadael allan o becynnau partner. I ofyn amdani, cysylltwch â&apos;r swyddog a luniodd y pecyn hwn, gan ddyfynnu dynodydd y pecyn, cyfeirnod yr unigolyn a rhif yr eitem.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="384"/>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="385"/>
        <source>Originator</source>
        <translation>Cychwynnydd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="443"/>
        <source>Source: %1</source>
        <translation>Ffynhonnell: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="444"/>
        <source>Intelligence: %1</source>
        <translation>Cudd-wybodaeth: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="445"/>
        <source>Handling: %1</source>
        <translation>Trin: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="396"/>
        <source>Handling conditions:</source>
        <translation>Amodau trin:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="399"/>
        <source>Does not count towards the threshold.</source>
        <translation>Nid yw&apos;n cyfrif tuag at y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="400"/>
        <source>Does not count towards the threshold:</source>
        <translation>Nid yw&apos;n cyfrif tuag at y trothwy:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="405"/>
        <source>Counts towards the threshold.</source>
        <translation>Yn cyfrif tuag at y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="413"/>
        <source>Review history</source>
        <translation>Hanes adolygu</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="415"/>
        <source>No review is recorded.</source>
        <translation>Does dim adolygiad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Reviewed</source>
        <translation>Adolygwyd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Policy</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="426"/>
        <source>Retain until %1</source>
        <translation>Cadw ar y rhestr tan %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="455"/>
        <source>The person&apos;s supplementary statement</source>
        <translation>Datganiad atodol y person</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="457"/>
        <source>In the person&apos;s own words, attached to their record at their request (Data Protection Act 2018, section 46). Read it with the rest of this section.</source>
        <translation>Yng ngeiriau&apos;r person ei hun, wedi&apos;i atodi i&apos;w gofnod ar ei gais (Deddf Diogelu Data 2018, adran 46). Darllenwch ef ynghyd â gweddill yr adran hon.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="463"/>
        <source>Recorded %1:</source>
        <translation>Cofnodwyd %1:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="473"/>
        <source>Panel decision for %1</source>
        <translation>Penderfyniad y panel ar gyfer %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="477"/>
        <source>Decision:</source>
        <translation>Penderfyniad:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="477"/>
        <source>retain until (date) / propose removal / defer (reason)</source>
        <translation>cadw ar y rhestr tan (dyddiad) / cynnig tynnu oddi ar y rhestr / gohirio (rheswm)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="480"/>
        <source>Reasons and actions:</source>
        <translation>Rhesymau a chamau gweithredu:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="483"/>
        <source>Role and agency</source>
        <translation>Rôl ac asiantaeth</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="483"/>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="486"/>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
</context>
<context>
    <name>PackOutput</name>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="21"/>
        <source>Cannot write the pack to %1: %2. Choose a folder you can write to.</source>
        <translation>Ni ellir ysgrifennu&apos;r pecyn i %1: %2. Dewiswch ffolder y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="37"/>
        <location filename="../app/packs/PackOutput.cpp" line="96"/>
        <source>%1 already exists; packs never overwrite a file. Choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; nid yw pecynnau byth yn trosysgrifo ffeil. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="42"/>
        <source>Cannot create %1: %2.</source>
        <translation>Ni ellir creu %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="47"/>
        <source>The pack could not be saved to %1: %2.</source>
        <translation>Ni ellid cadw&apos;r pecyn i %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="115"/>
        <source>The pack could not be written to %1: %2.</source>
        <translation>Ni ellid ysgrifennu&apos;r pecyn i %1: %2.</translation>
    </message>
</context>
<context>
    <name>PackRenderer</name>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="181"/>
        <source>The pack could not start page %1.</source>
        <translation>Ni allai&apos;r pecyn ddechrau tudalen %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="219"/>
        <source>SYNTHETIC DATA</source>
        <translation>DATA SYNTHETIG</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="242"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="312"/>
        <source>Review pack %1 (%2)</source>
        <translation>Pecyn adolygu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="356"/>
        <source>The pack could not be rendered: the output could not be opened for painting.</source>
        <translation>Ni ellid rendro&apos;r pecyn: ni ellid agor yr allbwn i baentio arno.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="372"/>
        <source>The pack&apos;s contents would name the wrong page for %1 (page %2; it starts on page %3).</source>
        <translation>Byddai cynnwys y pecyn yn enwi&apos;r dudalen anghywir ar gyfer %1 (tudalen %2; mae&apos;n dechrau ar dudalen %3).</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="382"/>
        <source>The pack&apos;s page count changed between layout passes (%1, then %2).</source>
        <translation>Newidiodd nifer tudalennau&apos;r pecyn rhwng rowndiau gosod (%1, yna %2).</translation>
    </message>
</context>
<context>
    <name>PdfEncryption</name>
    <message>
        <location filename="../app/sharing/PdfEncryption.cpp" line="21"/>
        <source>The random number generator could not start.</source>
        <translation>Ni allai&apos;r generadur haprifau ddechrau.</translation>
    </message>
    <message>
        <location filename="../app/sharing/PdfEncryption.cpp" line="52"/>
        <source>The pack could not be encrypted (%1); nothing was written.</source>
        <translation>Ni ellid amgryptio&apos;r pecyn (%1); ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../app/policy/Policy.cpp" line="53"/>
        <source>Policy setting &quot;%1&quot; must be a list of codes (from: %2).</source>
        <translation>Rhaid i&apos;r gosodiad polisi &quot;%1&quot; fod yn rhestr o godau (o: %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="59"/>
        <source>Policy setting &quot;%1&quot; must not be empty: list at least one of %2.</source>
        <translation>Ni ddylai&apos;r gosodiad polisi &quot;%1&quot; fod yn wag: rhestrwch o leiaf un o %2.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="68"/>
        <source>Policy setting &quot;%1&quot;: entry %2 is not a text code; use codes from: %3.</source>
        <translation>Gosodiad polisi &quot;%1&quot;: nid yw cofnod %2 yn god testun; defnyddiwch godau o: %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="79"/>
        <source>Policy setting &quot;%1&quot;: &quot;%2&quot; is not a valid code; use codes from: %3.</source>
        <translation>Gosodiad polisi &quot;%1&quot;: nid yw &quot;%2&quot; yn god dilys; defnyddiwch godau o: %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="86"/>
        <source>Policy setting &quot;%1&quot; lists &quot;%2&quot; more than once; list each code once.</source>
        <translation>Mae&apos;r gosodiad polisi &quot;%1&quot; yn rhestru &quot;%2&quot; fwy nag unwaith; rhestrwch bob cod unwaith.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="106"/>
        <source>Policy setting &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Rhaid i&apos;r gosodiad polisi &quot;%1&quot; fod yn rhif cyfan o %2 i %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="121"/>
        <source>Policy setting &quot;%1&quot; must be true or false.</source>
        <translation>Rhaid i&apos;r gosodiad polisi &quot;%1&quot; fod yn true neu false.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="142"/>
        <source>%1 or %2</source>
        <translation>%1 neu %2</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="143"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="152"/>
        <source>a suspected offender</source>
        <translation>troseddwr a amheuir</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="154"/>
        <source>at risk</source>
        <translation>mewn perygl</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="156"/>
        <source>a victim</source>
        <translation>dioddefwr</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="165"/>
        <source>gang membership</source>
        <translation>aelodaeth o gang</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="167"/>
        <source>association with a gang</source>
        <translation>cysylltiad â gang</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="169"/>
        <source>victimisation</source>
        <translation>erledigaeth</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="171"/>
        <source>something other than membership, association or victimisation</source>
        <translation>rhywbeth heblaw aelodaeth, cysylltiad neu erledigaeth</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="241"/>
        <source>&quot;%1&quot; is not a policy setting: remove it or correct its spelling (the settings are %2).</source>
        <translation>Nid yw &quot;%1&quot; yn osodiad polisi: tynnwch ef neu cywirwch ei sillafu (y gosodiadau yw %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="290"/>
        <source>The threshold policy is not valid:
%1</source>
        <translation>Nid yw&apos;r polisi trothwy yn ddilys:
%1</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="301"/>
        <source>Stored policy version %1 is not valid: %2 Set a corrected policy as a new version.</source>
        <translation>Nid yw fersiwn polisi %1 sydd wedi&apos;i storio yn ddilys: %2 Gosodwch bolisi wedi&apos;i gywiro fel fersiwn newydd.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="357"/>
        <source>at least one originator</source>
        <translation>o leiaf un cychwynnydd</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="358"/>
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
        <location filename="../app/policy/Policy.cpp" line="361"/>
        <source>within the month before the evaluation date</source>
        <translation>o fewn y mis cyn dyddiad y gwerthuso</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="362"/>
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
        <location filename="../app/policy/Policy.cpp" line="366"/>
        <source>A nominal recorded as %1 meets the threshold when %2 (the units, agencies or sources the intelligence came from, compared ignoring capitals and spacing) have provided intelligence that indicates %3, graded %4 for the source and %5 for the intelligence, and obtained %6 (the first day of that period included).</source>
        <translation>Mae unigolyn a gofnodwyd fel %1 yn cyrraedd y trothwy pan fydd %2 (yr unedau, yr asiantaethau neu&apos;r ffynonellau y daeth y gudd-wybodaeth ohonynt, wedi&apos;u cymharu heb ystyried priflythrennau a bylchau) wedi darparu cudd-wybodaeth sy&apos;n dangos %3, wedi&apos;i graddio&apos;n %4 i&apos;r ffynhonnell ac yn %5 i&apos;r gudd-wybodaeth, ac a gafwyd %6 (gan gynnwys diwrnod cyntaf y cyfnod hwnnw).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="373"/>
        <source>Each originator counts once, through its most recent qualifying item.</source>
        <translation>Mae pob cychwynnydd yn cyfrif unwaith, drwy ei eitem gymwys fwyaf diweddar.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="380"/>
        <source>Intelligence still graded under the legacy 5x5x5 scheme qualifies when graded %1 for the source and %2 for the intelligence.</source>
        <translation>Mae cudd-wybodaeth sy&apos;n dal wedi&apos;i graddio o dan yr hen gynllun 5x5x5 yn gymwys pan fydd wedi&apos;i graddio&apos;n %1 ar gyfer y ffynhonnell a %2 ar gyfer y gudd-wybodaeth.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="384"/>
        <source>The counted originators must also come from at least two provider categories (police, partner agency, community).</source>
        <translation>Rhaid i&apos;r cychwynwyr a gyfrifir hefyd ddod o o leiaf dau gategori darparwr (heddlu, asiantaeth bartner, cymuned).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="388"/>
        <source>A nominal recorded as %1 never meets the threshold.</source>
        <translation>Nid yw unigolyn a gofnodwyd fel %1 byth yn cyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="390"/>
        <source>A nominal whose harm score is 0 is below the threshold whatever the intelligence; a nominal with no harm score recorded is not affected.</source>
        <translation>Mae unigolyn y mae ei sgôr niwed yn 0 islaw&apos;r trothwy beth bynnag fo&apos;r gudd-wybodaeth; nid effeithir ar unigolyn heb sgôr niwed wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="392"/>
        <source>The harm score does not affect the threshold.</source>
        <translation>Nid yw&apos;r sgôr niwed yn effeithio ar y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="393"/>
        <source>A nominal below the threshold is flagged for removal and restricted: it is left out of anything shared outside the force until a supervisor decides.</source>
        <translation>Mae unigolyn islaw&apos;r trothwy yn cael ei nodi i&apos;w dynnu oddi ar y rhestr a&apos;i gyfyngu: caiff ei adael allan o unrhyw beth a rennir y tu allan i&apos;r heddlu nes i oruchwyliwr benderfynu.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="395"/>
        <source>the day after</source>
        <translation>y diwrnod ar ôl</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="396"/>
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
        <location filename="../app/policy/Policy.cpp" line="397"/>
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
        <location filename="../app/policy/PolicyStore.cpp" line="34"/>
        <source>The case file has no threshold policy.</source>
        <translation>Does gan y ffeil achos ddim polisi trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="42"/>
        <source>There is no policy version %1.</source>
        <translation>Does dim fersiwn polisi %1.</translation>
    </message>
</context>
<context>
    <name>PopulationBaseline</name>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="20"/>
        <source>Line %1 of the baseline: %2</source>
        <translation>Llinell %1 o ffeil y llinell sylfaen: %2</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="33"/>
        <source>expected two columns, group and population, separated by a comma.</source>
        <translation>disgwylid dwy golofn, grŵp a phoblogaeth, wedi&apos;u gwahanu gan goma.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="43"/>
        <source>the first line must be the header &quot;group,population&quot;.</source>
        <translation>rhaid i&apos;r llinell gyntaf fod yn bennyn &quot;group,population&quot;.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="49"/>
        <source>&quot;%1&quot; is not one of the five ONS 2021 high-level ethnic groups (%2).</source>
        <translation>Nid yw &quot;%1&quot; yn un o bum grŵp ethnig lefel uchel SYG 2021 (%2).</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="53"/>
        <source>the group &quot;%1&quot; is given twice.</source>
        <translation>rhoddir y grŵp &quot;%1&quot; ddwywaith.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="57"/>
        <source>the population of &quot;%1&quot; must be a whole number above zero, not &quot;%2&quot;.</source>
        <translation>rhaid i boblogaeth &quot;%1&quot; fod yn rhif cyfan uwchlaw sero, nid &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="64"/>
        <source>The baseline is empty: it needs the header &quot;group,population&quot; and one row for each of the five ONS 2021 high-level ethnic groups.</source>
        <translation>Mae&apos;r llinell sylfaen yn wag: mae angen y pennyn &quot;group,population&quot; ac un rhes ar gyfer pob un o bum grŵp ethnig lefel uchel SYG 2021.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="76"/>
        <source>The baseline has no row for: %1. Give one row for each of the five groups.</source>
        <translation>Does dim rhes yn y llinell sylfaen ar gyfer: %1. Rhowch un rhes ar gyfer pob un o&apos;r pum grŵp.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="86"/>
        <source>Only an administrator can set the population baseline.</source>
        <translation>Dim ond gweinyddwr all osod llinell sylfaen y boblogaeth.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="89"/>
        <source>The baseline needs one row for each of the five groups.</source>
        <translation>Mae angen un rhes ar gyfer pob un o&apos;r pum grŵp yn y llinell sylfaen.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../app/workflow/Presence.cpp" line="61"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../app/workflow/Presence.cpp" line="64"/>
        <source>%1, since %2</source>
        <translation>%1, ers %2</translation>
    </message>
    <message>
        <location filename="../app/workflow/Presence.cpp" line="65"/>
        <source>%1 on %2, since %3</source>
        <translation>%1 ar %2, ers %3</translation>
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
        <location filename="../ui/signoff/SignOffExtension.cpp" line="38"/>
        <source>Propose removal</source>
        <translation>Cynnig tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="39"/>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="65"/>
        <source>Select a nominal in a list first.</source>
        <translation>Dewiswch unigolyn mewn rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="47"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation>Cynigiwyd tynnu %1 oddi ar y rhestr; mae&apos;n aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="62"/>
        <source>Withdraw removal proposal</source>
        <translation>Tynnu&apos;r cynnig i dynnu oddi ar y rhestr yn ôl</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="78"/>
        <source>%1 has no removal proposal waiting.</source>
        <translation>Does dim cynnig i dynnu %1 oddi ar y rhestr yn aros.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="83"/>
        <source>Withdraw your proposal to remove %1 (%2)?</source>
        <translation>Tynnu eich cynnig i dynnu %1 (%2) oddi ar y rhestr yn ôl?</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="88"/>
        <source>The proposal to remove %1 was withdrawn.</source>
        <translation>Tynnwyd y cynnig i dynnu %1 oddi ar y rhestr yn ôl.</translation>
    </message>
</context>
<context>
    <name>RecallCommand</name>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="27"/>
        <source>Print the pending notices as JSON.</source>
        <translation>Argraffu&apos;r hysbysiadau sy&apos;n aros fel JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="29"/>
        <source>Write each pending notice as a PDF in this folder (created when missing; files are never overwritten) and record it as issued.</source>
        <translation>Ysgrifennu pob hysbysiad sy&apos;n aros fel PDF yn y ffolder hwn (caiff ei greu os nad yw&apos;n bodoli; ni chaiff ffeiliau byth eu trosysgrifo) a&apos;i gofnodi fel un a gyhoeddwyd.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="35"/>
        <source>Lists the pending recall notices: when a nominal is erased, restricted or corrected, every earlier disclosure that included them and is not confirmed destroyed owes its recipient a notice. With --out, writes each as a marked PDF naming the pack and the reference only, and records it as issued. Supervisors and administrators.</source>
        <translation>Yn rhestru&apos;r hysbysiadau adalw sy&apos;n aros: pan gaiff unigolyn ei ddileu, ei gyfyngu neu ei gywiro, mae hysbysiad yn ddyledus i dderbynnydd pob datgeliad cynharach a oedd yn ei gynnwys ac na chadarnhawyd ei fod wedi&apos;i ddinistrio. Gyda --out, yn ysgrifennu pob un fel PDF wedi&apos;i farcio sy&apos;n enwi&apos;r pecyn a&apos;r cyfeirnod yn unig, ac yn ei gofnodi fel un a gyhoeddwyd. Goruchwylwyr a gweinyddwyr.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="44"/>
        <source>Use either --json or --out DIR, not both.</source>
        <translation>Defnyddiwch naill ai --json neu --out DIR, nid y ddau.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="46"/>
        <source>--out needs a folder.</source>
        <translation>Mae --out angen ffolder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecallCommand.cpp" line="57"/>
        <source>Issued %n recall notice(s).</source>
        <translation>
            <numerusform>Cyhoeddwyd %n o hysbysiadau adalw.</numerusform>
            <numerusform>Cyhoeddwyd %n hysbysiad adalw.</numerusform>
            <numerusform>Cyhoeddwyd %n o hysbysiadau adalw.</numerusform>
            <numerusform>Cyhoeddwyd %n o hysbysiadau adalw.</numerusform>
            <numerusform>Cyhoeddwyd %n o hysbysiadau adalw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecallCommand.cpp" line="82"/>
        <source>%n recall notice(s) pending.</source>
        <translation>
            <numerusform>%n o hysbysiadau adalw yn aros.</numerusform>
            <numerusform>%n hysbysiad adalw yn aros.</numerusform>
            <numerusform>%n o hysbysiadau adalw yn aros.</numerusform>
            <numerusform>%n o hysbysiadau adalw yn aros.</numerusform>
            <numerusform>%n o hysbysiadau adalw yn aros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallService</name>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="44"/>
        <source>The processing of the record with reference %1 has been restricted: it may no longer be used.</source>
        <translation>Mae cyfyngiad wedi&apos;i osod ar brosesu&apos;r cofnod â&apos;r cyfeirnod %1: ni chaniateir ei ddefnyddio mwyach.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="47"/>
        <source>Stop using the pack at once, destroy every copy of it (paper and electronic, including extracts), and confirm to the force that you have done so, quoting the pack identifier %1.</source>
        <translation>Rhowch y gorau i ddefnyddio&apos;r pecyn ar unwaith, dinistriwch bob copi ohono (papur ac electronig, gan gynnwys detholiadau), a chadarnhewch i&apos;r heddlu eich bod wedi gwneud hynny, gan ddyfynnu dynodydd y pecyn %1.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="52"/>
        <source>The record with reference %1 has been corrected since the pack was supplied: what the pack says about it is out of date or wrong.</source>
        <translation>Mae&apos;r cofnod â&apos;r cyfeirnod %1 wedi&apos;i gywiro ers i&apos;r pecyn gael ei ddarparu: mae&apos;r hyn y mae&apos;r pecyn yn ei ddweud amdano yn hen neu&apos;n anghywir.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="56"/>
        <source>Destroy every copy of the pages about reference %1 (paper and electronic, including extracts) and confirm to the force that you have done so, quoting the pack identifier %2. Ask the force for the corrected pages if you still need them for the agreed purpose.</source>
        <translation>Dinistriwch bob copi o&apos;r tudalennau am y cyfeirnod %1 (papur ac electronig, gan gynnwys detholiadau) a chadarnhewch i&apos;r heddlu eich bod wedi gwneud hynny, gan ddyfynnu dynodydd y pecyn %2. Gofynnwch i&apos;r heddlu am y tudalennau wedi&apos;u cywiro os oes eu hangen arnoch o hyd at y diben y cytunwyd arno.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="63"/>
        <source>The person with reference %1 has been removed from the list and their record erased. They must no longer be treated as being on the list.</source>
        <translation>Mae&apos;r person â&apos;r cyfeirnod %1 wedi&apos;i dynnu oddi ar y rhestr a&apos;i gofnod wedi&apos;i ddileu. Rhaid peidio â&apos;i drin mwyach fel person sydd ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="67"/>
        <source>Destroy every copy of the pack (paper and electronic, including extracts and notes taken from it) and confirm to the force that you have done so, quoting the pack identifier %1. Do not contact anyone about this notice.</source>
        <translation>Dinistriwch bob copi o&apos;r pecyn (papur ac electronig, gan gynnwys detholiadau a nodiadau a gymerwyd ohono) a chadarnhewch i&apos;r heddlu eich bod wedi gwneud hynny, gan ddyfynnu dynodydd y pecyn %1. Peidiwch â chysylltu ag unrhyw un ynghylch yr hysbysiad hwn.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="74"/>
        <source>Recall notice</source>
        <translation>Hysbysiad adalw</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="76"/>
        <source>Data Protection Act 2018, section 48: notice to the recipient of a disclosure.</source>
        <translation>Deddf Diogelu Data 2018, adran 48: hysbysiad i dderbynnydd datgeliad.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="83"/>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="84"/>
        <source>Pack</source>
        <translation>Pecyn</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="85"/>
        <source>Supplied on</source>
        <translation>Darparwyd ar</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="87"/>
        <source>Under agreement</source>
        <translation>O dan gytundeb</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="88"/>
        <source>Reference concerned</source>
        <translation>Y cyfeirnod dan sylw</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="89"/>
        <source>Notice number</source>
        <translation>Rhif yr hysbysiad</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="92"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="94"/>
        <source>What you must do</source>
        <translation>Beth sy&apos;n rhaid i chi ei wneud</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="155"/>
        <source>Recall notice %1 for pack %2</source>
        <translation>Hysbysiad adalw %1 ar gyfer pecyn %2</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="161"/>
        <source>The recall notice could not be rendered.</source>
        <translation>Ni ellid rendro&apos;r hysbysiad adalw.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="203"/>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation>Ni ellir creu&apos;r ffolder %1. Dewiswch ffolder y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="222"/>
        <source>Recall notice %1 is not pending; nothing was written.</source>
        <translation>Nid yw hysbysiad adalw %1 yn aros; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="225"/>
        <source>%1 already exists; recall notices never overwrite a file. Choose another folder. Nothing was written.</source>
        <translation>Mae %1 yn bodoli eisoes; nid yw hysbysiadau adalw byth yn trosysgrifo ffeil. Dewiswch ffolder arall. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="244"/>
        <source>Cannot create %1: %2.</source>
        <translation>Ni ellir creu %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="248"/>
        <source>Cannot write %1: %2.</source>
        <translation>Ni ellir ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="252"/>
        <source>Recall notice %1 was issued meanwhile by someone else; nothing was recorded.</source>
        <translation>Cyhoeddwyd hysbysiad adalw %1 yn y cyfamser gan rywun arall; ni chofnodwyd dim.</translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="29"/>
        <source>A reference is 1 to 32 letters, digits, dashes, dots, slashes or underscores, like N-000123.</source>
        <translation>Mae cyfeirnod rhwng 1 a 32 o lythrennau, digidau, llinellau toriad, dotiau, blaenslaesau neu danlinellau, fel N-000123.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="32"/>
        <source>Enter the surname.</source>
        <translation>Rhowch y cyfenw.</translation>
    </message>
    <message>
        <source>The surname is too long.</source>
        <translation type="vanished">Mae&apos;r cyfenw yn rhy hir.</translation>
    </message>
    <message>
        <source>The forenames are too long.</source>
        <translation type="vanished">Mae&apos;r enwau cyntaf yn rhy hir.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="46"/>
        <source>The date of birth is in the future.</source>
        <translation>Mae&apos;r dyddiad geni yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="49"/>
        <source>The date of birth is before 1900: check the year.</source>
        <translation>Mae&apos;r dyddiad geni cyn 1900: gwiriwch y flwyddyn.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="53"/>
        <source>A harm score is a whole number from 0 to 100000, or left empty.</source>
        <translation>Mae sgôr niwed yn rhif cyfan o 0 i 100000, neu&apos;n wag.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="55"/>
        <source>Enter the date the person was listed.</source>
        <translation>Rhowch y dyddiad y rhoddwyd y person ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="57"/>
        <source>The listing date is in the future.</source>
        <translation>Mae&apos;r dyddiad rhoi ar y rhestr yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="60"/>
        <source>The listing date is before the date of birth.</source>
        <translation>Mae&apos;r dyddiad rhoi ar y rhestr cyn y dyddiad geni.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="63"/>
        <source>The last review is in the future.</source>
        <translation>Mae&apos;r adolygiad diwethaf yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="66"/>
        <source>The last review is before the listing date.</source>
        <translation>Mae&apos;r adolygiad diwethaf cyn y dyddiad rhoi ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="76"/>
        <source>Enter the originator: the unit, agency or source it came from.</source>
        <translation>Rhowch y cychwynnydd: yr uned, yr asiantaeth neu&apos;r ffynhonnell y daeth ohoni.</translation>
    </message>
    <message>
        <source>The originator is too long.</source>
        <translation type="vanished">Mae&apos;r cychwynnydd yn rhy hir.</translation>
    </message>
    <message>
        <source>The reference is too long.</source>
        <translation type="vanished">Mae&apos;r cyfeirnod yn rhy hir.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="83"/>
        <source>Enter the date the intelligence was obtained.</source>
        <translation>Rhowch y dyddiad y cafwyd y gudd-wybodaeth.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="85"/>
        <source>The date obtained is in the future.</source>
        <translation>Mae&apos;r dyddiad ei chael yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="88"/>
        <source>Handling code C needs its conditions: say on what conditions it may be shared.</source>
        <translation>Mae cod trin C angen ei amodau: nodwch ar ba amodau y gellir ei rhannu.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="91"/>
        <source>Enter a short summary.</source>
        <translation>Rhowch grynodeb byr.</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation type="vanished">Mae&apos;r crynodeb yn hwy na %1 nod.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="19"/>
        <source>%1 %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="33"/>
        <location filename="../app/workflow/RecordValidation.cpp" line="80"/>
        <source>The reference</source>
        <translation>Y cyfeirnod</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="35"/>
        <source>The surname</source>
        <translation>Y cyfenw</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="37"/>
        <source>The forenames</source>
        <translation>Yr enwau cyntaf</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="39"/>
        <source>The gender</source>
        <translation>Y rhywedd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="40"/>
        <source>The ethnicity</source>
        <translation>Yr ethnigrwydd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="42"/>
        <source>The area</source>
        <translation>Yr ardal</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="43"/>
        <source>The group</source>
        <translation>Y grŵp</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="78"/>
        <source>The originator</source>
        <translation>Y cychwynnydd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="93"/>
        <source>The summary</source>
        <translation>Y crynodeb</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="95"/>
        <source>The handling conditions</source>
        <translation>Yr amodau trin</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="124"/>
        <source>Asian, Asian British or Asian Welsh: Bangladeshi</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Bangladeshaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="125"/>
        <source>Asian, Asian British or Asian Welsh: Chinese</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Tsieineaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="126"/>
        <source>Asian, Asian British or Asian Welsh: Indian</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Indiaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="127"/>
        <source>Asian, Asian British or Asian Welsh: Pakistani</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Pacistanaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="128"/>
        <source>Asian, Asian British or Asian Welsh: Other Asian</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Unrhyw gefndir Asiaidd arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="129"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: African</source>
        <translation>Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd: Affricanaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="130"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Caribbean</source>
        <translation>Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd: Caribïaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="131"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Other Black</source>
        <translation>Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd: Unrhyw gefndir Du arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="132"/>
        <source>Mixed or Multiple ethnic groups: White and Asian</source>
        <translation>Grwpiau cymysg neu amlethnig: Gwyn ac Asiaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="133"/>
        <source>Mixed or Multiple ethnic groups: White and Black African</source>
        <translation>Grwpiau cymysg neu amlethnig: Gwyn a Du Affricanaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="134"/>
        <source>Mixed or Multiple ethnic groups: White and Black Caribbean</source>
        <translation>Grwpiau cymysg neu amlethnig: Gwyn a Du Caribïaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="135"/>
        <source>Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups</source>
        <translation>Grwpiau cymysg neu amlethnig: Unrhyw gefndir cymysg neu amlethnig arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="136"/>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation>Gwyn: Cymreig, Seisnig, Albanaidd, Gwyddelig Gogledd Iwerddon neu Brydeinig</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="137"/>
        <source>White: Irish</source>
        <translation>Gwyn: Gwyddelig</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="138"/>
        <source>White: Gypsy or Irish Traveller</source>
        <translation>Gwyn: Sipsi neu Deithiwr Gwyddelig</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="139"/>
        <source>White: Roma</source>
        <translation>Gwyn: Roma</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="140"/>
        <source>White: Other White</source>
        <translation>Gwyn: Unrhyw gefndir Gwyn arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="141"/>
        <source>Other ethnic group: Arab</source>
        <translation>Grŵp ethnig arall: Arabaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="142"/>
        <source>Other ethnic group: Any other ethnic group</source>
        <translation>Grŵp ethnig arall: Unrhyw grŵp ethnig arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="143"/>
        <source>Not stated</source>
        <translation>Heb ei nodi</translation>
    </message>
</context>
<context>
    <name>RekeyCommand</name>
    <message>
        <source>Changes the case file&apos;s passphrase in place (administrators only). The current passphrase comes from CORROBORATE_PASSPHRASE, the new one from CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may have the file open.</source>
        <translation type="vanished">Yn newid cyfrinymadrodd y ffeil achos yn ei lle (gweinyddwyr yn unig). Daw&apos;r cyfrinymadrodd presennol o CORROBORATE_PASSPHRASE, a&apos;r un newydd o CORROBORATE_NEW_PASSPHRASE. Ni chaiff unrhyw gopi arall o Corroborate fod â&apos;r ffeil ar agor.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="17"/>
        <source>Changes the case file&apos;s passphrase in place (administrators only). The current passphrase comes from CORROBORATE_PASSPHRASE, the new one from CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may have the file open. The whole file is checked first; a damaged file is refused. The file is re-encrypted into a copy beside it, which replaces it when complete: it needs free space for one more copy.</source>
        <translation>Yn newid cyfrinymadrodd y ffeil achos yn ei lle (gweinyddwyr yn unig). Daw&apos;r cyfrinymadrodd presennol o CORROBORATE_PASSPHRASE, a&apos;r un newydd o CORROBORATE_NEW_PASSPHRASE. Ni chaiff unrhyw gopi arall o Corroborate fod â&apos;r ffeil ar agor. Caiff y ffeil gyfan ei gwirio yn gyntaf; caiff ffeil sydd wedi&apos;i difrodi ei gwrthod. Caiff y ffeil ei hailamgryptio i gopi wrth ei hochr, sy&apos;n cymryd ei lle pan fydd wedi&apos;i gwblhau: mae angen lle rhydd ar gyfer un copi arall.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="31"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="34"/>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>Mae angen o leiaf 8 nod yn y cyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="41"/>
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
        <location filename="../app/cli/RemovalCommand.cpp" line="142"/>
        <source>Approved the removal of %1 and erased it. Erasure register entry %2, signed by %3.</source>
        <translation>Cymeradwywyd tynnu %1 oddi ar y rhestr a&apos;i ddileu. Cofnod %2 yn y gofrestr dileu, wedi&apos;i lofnodi gan %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="144"/>
        <source>Approved the removal of %1 (erasure register entry %2, signed by %3); its erasure is pending.</source>
        <translation>Cymeradwywyd tynnu %1 oddi ar y rhestr (cofnod %2 yn y gofrestr dileu, wedi&apos;i lofnodi gan %3); mae ei ddileu yn aros.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="152"/>
        <source>Other nominals&apos; intelligence mentions the erased person; a reviewer should edit it (it was not changed):</source>
        <translation>Mae cudd-wybodaeth unigolion eraill yn sôn am y person a ddilëwyd; dylai adolygydd ei golygu (ni chafodd ei newid):</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="167"/>
        <source>Why, for the proposer (required).</source>
        <translation>Pam, ar gyfer y cynigydd (gofynnol).</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="171"/>
        <source>Rejects a pending removal with a note that goes back to the proposer (supervisors, never their own proposal: exit 3). No pending proposal: exit 2.</source>
        <translation>Yn gwrthod cynnig i dynnu oddi ar y rhestr sy&apos;n aros, gyda nodyn sy&apos;n mynd yn ôl at y cynigydd (goruchwylwyr, byth eu cynnig eu hunain: cod gadael 3). Dim cynnig yn aros: cod gadael 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="181"/>
        <source>Rejected the removal of %1; it is back with its proposer.</source>
        <translation>Gwrthodwyd tynnu %1 oddi ar y rhestr; mae&apos;n ôl gyda&apos;i gynigydd.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="193"/>
        <source>Withdraws your own pending removal proposal (only the proposer: exit 3 for anyone else). No pending proposal: exit 2.</source>
        <translation>Yn tynnu eich cynnig eich hun i dynnu oddi ar y rhestr yn ôl (y cynigydd yn unig: cod gadael 3 i unrhyw un arall). Dim cynnig yn aros: cod gadael 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="202"/>
        <source>Withdrew the removal proposal for %1.</source>
        <translation>Tynnwyd y cynnig i dynnu %1 oddi ar y rhestr yn ôl.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="210"/>
        <source>Print JSON (shape in RemovalCommand.cpp): {as_of, policy_version, proposal_pending_alert_days, flagged_without_proposal_alert_days, pending[{request_id, reference, reason_code, note, proposer, proposed_at, days_pending, overdue, evaluation_hash}], flagged_without_proposal[{reference, flagged_since, since, days_without_proposal, reasons}], returned[{request_id, reference, reason_code, note, proposer, proposed_at, rejected_by, rejected_at, rejection_note}]}.</source>
        <translation>Argraffu JSON (y siâp yn RemovalCommand.cpp): {as_of, policy_version, proposal_pending_alert_days, flagged_without_proposal_alert_days, pending[{request_id, reference, reason_code, note, proposer, proposed_at, days_pending, overdue, evaluation_hash}], flagged_without_proposal[{reference, flagged_since, since, days_without_proposal, reasons}], returned[{request_id, reference, reason_code, note, proposer, proposed_at, rejected_by, rejected_at, rejection_note}]}.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="226"/>
        <source>Lists removals awaiting sign-off (&quot;overdue&quot; when pending longer than the policy&apos;s proposal_pending_alert_days), flagged nominals with no proposal for longer than flagged_without_proposal_alert_days, and rejected proposals returned to their proposers.</source>
        <translation>Yn rhestru&apos;r cynigion i dynnu oddi ar y rhestr sy&apos;n aros am gymeradwyaeth (&quot;overdue&quot; pan fyddant wedi aros yn hwy na proposal_pending_alert_days y polisi), unigolion wedi&apos;u nodi heb gynnig ers mwy na flagged_without_proposal_alert_days, a chynigion a wrthodwyd ac a ddychwelwyd at eu cynigwyr.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="292"/>
        <source>Awaiting sign-off (%1):</source>
        <translation>Yn aros am gymeradwyaeth (%1):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="295"/>
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
        <location filename="../app/cli/RemovalCommand.cpp" line="299"/>
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
        <location filename="../app/cli/RemovalCommand.cpp" line="303"/>
        <source>note: %1</source>
        <translation>nodyn: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="305"/>
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
        <location filename="../app/cli/RemovalCommand.cpp" line="311"/>
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
        <location filename="../app/cli/RemovalCommand.cpp" line="316"/>
        <source>Rejected and returned to the proposer (%1):</source>
        <translation>Wedi&apos;u gwrthod a&apos;u dychwelyd at y cynigydd (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="320"/>
        <source>proposed by %1, rejected by %2 on %3: %4</source>
        <translation>cynigiwyd gan %1, gwrthodwyd gan %2 ar %3: %4</translation>
    </message>
</context>
<context>
    <name>RemovalDecision</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="71"/>
        <source>the signed decision is not a JSON object</source>
        <translation>nid yw&apos;r penderfyniad wedi&apos;i lofnodi yn wrthrych JSON</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="75"/>
        <source>the signed decision is not a removal decision of format version %1</source>
        <translation>nid yw&apos;r penderfyniad wedi&apos;i lofnodi yn benderfyniad tynnu o fersiwn fformat %1</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="91"/>
        <source>the signed decision does not have exactly the expected fields</source>
        <translation>nid oes gan y penderfyniad wedi&apos;i lofnodi yr union feysydd a ddisgwylir</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="107"/>
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
        <location filename="../app/workflow/RemovalService.cpp" line="62"/>
        <source>Below the threshold under the current policy</source>
        <translation>Islaw&apos;r trothwy o dan y polisi presennol</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="64"/>
        <source>Recorded as a victim or as at risk, not as a suspected offender</source>
        <translation>Wedi&apos;i gofnodi fel dioddefwr neu fel person mewn perygl, nid fel troseddwr a amheuir</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="66"/>
        <source>Harm score of zero</source>
        <translation>Sgôr niwed o sero</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="68"/>
        <source>No longer necessary for a policing purpose</source>
        <translation>Nid yw&apos;n angenrheidiol mwyach at ddiben plismona</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="70"/>
        <source>Inaccurate: the person should not have been listed</source>
        <translation>Anghywir: ni ddylai&apos;r person fod wedi&apos;i roi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="72"/>
        <source>Erasure requested by the person</source>
        <translation>Y person a ofynnodd am ddileu</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="74"/>
        <source>Other reason (see the note)</source>
        <translation>Rheswm arall (gweler y nodyn)</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="75"/>
        <source>Unknown reason code %1</source>
        <translation>Cod rheswm anhysbys %1</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="108"/>
        <source>%1 is not an enabled user of this case file.</source>
        <translation>Nid yw %1 yn ddefnyddiwr galluogedig o&apos;r ffeil achos hon.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="119"/>
        <source>%1 was erased on %2 (see the erasure register); there is nothing left to decide.</source>
        <translation>Cafodd %1 ei ddileu ar %2 (gweler y gofrestr dileu); does dim ar ôl i&apos;w benderfynu.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="125"/>
        <source>There is no nominal with reference %1. Check the reference.</source>
        <translation>Does dim unigolyn â&apos;r cyfeirnod %1. Gwiriwch y cyfeirnod.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="133"/>
        <source>There is no pending removal proposal for %1. Propose one first with &quot;removal propose&quot;.</source>
        <translation>Does dim cynnig yn aros i dynnu %1 oddi ar y rhestr. Cynigiwch un yn gyntaf gyda &quot;removal propose&quot;.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="151"/>
        <source>%1 may not propose removals: that needs the Officer or Supervisor role.</source>
        <translation>Ni chaiff %1 gynnig tynnu oddi ar y rhestr: mae hynny&apos;n gofyn am rôl Swyddog neu Oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="155"/>
        <source>&quot;%1&quot; is not a removal reason code. Use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn god rheswm tynnu oddi ar y rhestr. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="159"/>
        <source>A removal for reason OTHER needs a note saying why.</source>
        <translation>Mae tynnu oddi ar y rhestr am y rheswm OTHER angen nodyn yn dweud pam.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="161"/>
        <location filename="../app/workflow/RemovalService.cpp" line="234"/>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>Mae&apos;r nodyn yn rhy hir (%1 nod; %2 ar y mwyaf).</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="189"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3). Only one proposal per nominal can be pending.</source>
        <translation>Mae tynnu %1 oddi ar y rhestr eisoes yn aros am gymeradwyaeth (cynigiwyd gan %2 ar %3). Dim ond un cynnig i bob unigolyn all fod yn aros.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="211"/>
        <source>Only %1, who proposed the removal of %2, may withdraw it. A supervisor may reject it instead.</source>
        <translation>Dim ond %1, a gynigiodd dynnu %2 oddi ar y rhestr, gaiff ei dynnu&apos;n ôl. Gall goruchwyliwr ei wrthod yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="228"/>
        <source>%1 may not reject removals: that needs the Supervisor role.</source>
        <translation>Ni chaiff %1 wrthod cynigion i dynnu oddi ar y rhestr: mae hynny&apos;n gofyn am rôl Goruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="232"/>
        <source>Rejecting a removal needs a note for the proposer saying why.</source>
        <translation>Mae gwrthod cynnig i dynnu oddi ar y rhestr angen nodyn i&apos;r cynigydd yn dweud pam.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="242"/>
        <source>%1 proposed the removal of %2, so another supervisor must decide it. To take it back, withdraw it.</source>
        <translation>%1 a gynigiodd dynnu %2 oddi ar y rhestr, felly rhaid i oruchwyliwr arall benderfynu. I&apos;w gymryd yn ôl, tynnwch ef yn ôl.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="262"/>
        <source>%1 may not approve removals: that needs the Supervisor role.</source>
        <translation>Ni chaiff %1 gymeradwyo tynnu oddi ar y rhestr: mae hynny&apos;n gofyn am rôl Goruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="269"/>
        <location filename="../app/workflow/RemovalService.cpp" line="294"/>
        <source>%1 proposed the removal of %2, so another supervisor must approve it.</source>
        <translation>%1 a gynigiodd dynnu %2 oddi ar y rhestr, felly rhaid i oruchwyliwr arall ei gymeradwyo.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="278"/>
        <source>The password is not right. Approving a removal needs your own password again: it opens the key that signs the decision.</source>
        <translation>Nid yw&apos;r cyfrinair yn gywir. Mae cymeradwyo tynnu oddi ar y rhestr angen eich cyfrinair eich hun eto: mae&apos;n agor yr allwedd sy&apos;n llofnodi&apos;r penderfyniad.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="284"/>
        <source>The signing key of %1 is damaged.</source>
        <translation>Mae allwedd llofnodi %1 wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="304"/>
        <source>The evaluation of %1 has changed since it was shown to you (its intelligence, details or the policy changed). Review it again before deciding.</source>
        <translation>Mae gwerthusiad %1 wedi newid ers iddo gael ei ddangos i chi (newidiodd ei gudd-wybodaeth, ei fanylion neu&apos;r polisi). Adolygwch ef eto cyn penderfynu.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="337"/>
        <source>The signing key of %1 does not match their public key; nothing was erased. Report this fault.</source>
        <translation>Nid yw allwedd llofnodi %1 yn cyfateb i&apos;w allwedd gyhoeddus; ni ddilëwyd dim. Rhowch wybod am y nam hwn.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="372"/>
        <source>%1: intelligence item %2 (%3)</source>
        <translation>%1: eitem cudd-wybodaeth %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RestrictCommand</name>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="35"/>
        <source>The nominal&apos;s reference, e.g. N-000123.</source>
        <translation>Cyfeirnod yr unigolyn, e.e. N-000123.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="42"/>
        <source>Required: why (never copied into the audit log).</source>
        <translation>Gofynnol: pam (ni chaiff byth ei gopïo i&apos;r log archwilio).</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="53"/>
        <source>EVIDENCE (the data must be kept as evidence) or ACCURACY_CONTESTED (the person contests its accuracy and it cannot be settled).</source>
        <translation>EVIDENCE (rhaid cadw&apos;r data fel tystiolaeth) neu ACCURACY_CONTESTED (mae&apos;r person yn herio ei gywirdeb ac ni ellir datrys hynny).</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="57"/>
        <source>The day it should be looked at again (after today); it is flagged once past.</source>
        <translation>Y diwrnod y dylid edrych arno eto (ar ôl heddiw); caiff ei nodi unwaith y bydd wedi mynd heibio.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="63"/>
        <source>Restricts a nominal&apos;s processing instead of erasing it (supervisors only; an officer: exit 3). While restricted it is out of the review queue and every pack (backups and subject access responses excepted) and cannot be proposed for removal or erased. Already restricted: exit 6; an unknown reference, a bad code or date: exit 2.</source>
        <translation>Yn cyfyngu ar brosesu unigolyn yn lle ei ddileu (goruchwylwyr yn unig; swyddog: cod gadael 3). Tra bydd yn gyfyngedig mae allan o&apos;r ciw adolygu a phob pecyn (ac eithrio copïau wrth gefn ac ymatebion i geisiadau gwrthrych am wybodaeth) ac ni ellir cynnig ei dynnu oddi ar y rhestr na&apos;i ddileu. Eisoes yn gyfyngedig: cod gadael 6; cyfeirnod anhysbys, cod neu ddyddiad annilys: cod gadael 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="79"/>
        <source>Restricted %1 until %2: %3.</source>
        <translation>Cyfyngwyd %1 tan %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="93"/>
        <source>Lifts a nominal&apos;s restriction (supervisors only; an officer: exit 3). Not restricted: exit 2.</source>
        <translation>Yn codi cyfyngiad unigolyn (goruchwylwyr yn unig; swyddog: cod gadael 3). Heb ei gyfyngu: cod gadael 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="102"/>
        <source>Lifted the restriction of %1.</source>
        <translation>Codwyd y cyfyngiad ar %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="110"/>
        <source>Print JSON.</source>
        <translation>Argraffu JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="113"/>
        <source>Lists the restricted nominals with reason and date; those past their date are flagged.</source>
        <translation>Yn rhestru&apos;r unigolion cyfyngedig gyda&apos;r rheswm a&apos;r dyddiad; caiff y rhai sydd wedi mynd heibio i&apos;w dyddiad eu nodi.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="138"/>
        <source>until %1</source>
        <translation>tan %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="139"/>
        <source>PAST ITS DATE</source>
        <translation>WEDI MYND HEIBIO I&apos;W DDYDDIAD</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RestrictCommand.cpp" line="141"/>
        <source>%n restricted nominal(s).</source>
        <translation>
            <numerusform>%n o unigolion cyfyngedig.</numerusform>
            <numerusform>%n unigolyn cyfyngedig.</numerusform>
            <numerusform>%n o unigolion cyfyngedig.</numerusform>
            <numerusform>%n o unigolion cyfyngedig.</numerusform>
            <numerusform>%n o unigolion cyfyngedig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="40"/>
        <source>Retain</source>
        <translation>Cadw ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="42"/>
        <source>Propose removal</source>
        <translation>Cynnig tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="46"/>
        <source>Defer</source>
        <translation>Gohirio</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="61"/>
        <source>There is nobody to review in this session.</source>
        <translation>Does neb i&apos;w adolygu yn y sesiwn hon.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="62"/>
        <source>There is nobody to review in this session: every nominal chosen is restricted.</source>
        <translation>Does neb i&apos;w adolygu yn y sesiwn hon: mae pob unigolyn a ddewiswyd yn gyfyngedig.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="106"/>
        <source>Say why you are deferring this review.</source>
        <translation>Dywedwch pam rydych yn gohirio&apos;r adolygiad hwn.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="107"/>
        <source>Say why you propose removing this person.</source>
        <translation>Dywedwch pam rydych yn cynnig tynnu&apos;r person hwn oddi ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="111"/>
        <source>Only a nominal who meets the threshold can be retained. Propose removal or defer instead.</source>
        <translation>Dim ond unigolyn sy&apos;n cyrraedd y trothwy y gellir ei gadw ar y rhestr. Cynigiwch ei dynnu oddi ar y rhestr neu gohiriwch yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="117"/>
        <source>Choose a retain-until date after today and no later than %1.</source>
        <translation>Dewiswch ddyddiad cadw ar y rhestr tan ar ôl heddiw a dim hwyrach na %1.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="126"/>
        <source>This nominal was removed by someone else while you were reviewing.</source>
        <translation>Cafodd yr unigolyn hwn ei dynnu gan rywun arall tra oeddech yn adolygu.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="132"/>
        <source>%1&apos;s record changed while you were reviewing it, and the threshold result is now different. Look at the threshold step again, then decide.</source>
        <translation>Newidiodd cofnod %1 tra oeddech yn ei adolygu, ac mae canlyniad y trothwy bellach yn wahanol. Edrychwch ar gam y trothwy eto, yna penderfynwch.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="169"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3).</source>
        <translation>Mae tynnu %1 oddi ar y rhestr eisoes yn aros am gymeradwyaeth (cynigiwyd gan %2 ar %3).</translation>
    </message>
</context>
<context>
    <name>RightsRepository</name>
    <message>
        <location filename="../app/store/RightsRepository.cpp" line="130"/>
        <source>SAR-%1 was closed or changed by someone else meanwhile. List the requests again and check its state.</source>
        <translation>Cafodd SAR-%1 ei gau neu ei newid gan rywun arall yn y cyfamser. Rhestrwch y ceisiadau eto a gwiriwch ei gyflwr.</translation>
    </message>
    <message>
        <location filename="../app/store/RightsRepository.cpp" line="213"/>
        <source>The restriction was lifted by someone else meanwhile.</source>
        <translation>Codwyd y cyfyngiad gan rywun arall yn y cyfamser.</translation>
    </message>
</context>
<context>
    <name>RightsService</name>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="34"/>
        <source>To avoid obstructing an official or legal inquiry, investigation or procedure</source>
        <translation>Er mwyn osgoi rhwystro ymholiad, ymchwiliad neu weithdrefn swyddogol neu gyfreithiol</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="36"/>
        <source>To avoid prejudicing the prevention, detection, investigation or prosecution of criminal offences or the execution of criminal penalties</source>
        <translation>Er mwyn osgoi rhagfarnu atal, canfod, ymchwilio i neu erlyn troseddau neu weithredu cosbau troseddol</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="39"/>
        <source>To protect public security</source>
        <translation>Er mwyn diogelu diogelwch y cyhoedd</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="41"/>
        <source>To protect national security</source>
        <translation>Er mwyn diogelu diogelwch gwladol</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="43"/>
        <source>To protect the rights and freedoms of others</source>
        <translation>Er mwyn diogelu hawliau a rhyddid pobl eraill</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="44"/>
        <location filename="../app/rights/RightsService.cpp" line="60"/>
        <source>Unknown reason code %1</source>
        <translation>Cod rheswm anhysbys %1</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="57"/>
        <source>The data must be kept as evidence</source>
        <translation>Rhaid cadw&apos;r data fel tystiolaeth</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="59"/>
        <source>The person contests its accuracy and it cannot be settled</source>
        <translation>Mae&apos;r person yn herio ei gywirdeb ac ni ellir datrys hynny</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="73"/>
        <source>Answered in full</source>
        <translation>Atebwyd yn llawn</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="75"/>
        <source>Answered in part (some information withheld)</source>
        <translation>Atebwyd yn rhannol (daliwyd rhywfaint o wybodaeth yn ôl)</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="77"/>
        <source>Refused</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="107"/>
        <source>%1 is not an enabled user of this case file.</source>
        <translation>Nid yw %1 yn ddefnyddiwr galluogedig o&apos;r ffeil achos hon.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="110"/>
        <source>%1 may not restrict or lift a restriction: that needs the Supervisor role.</source>
        <translation>Ni chaiff %1 gyfyngu na chodi cyfyngiad: mae angen rôl Goruchwyliwr ar gyfer hynny.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="115"/>
        <source>%1 may not do this: that needs the Officer or Supervisor role.</source>
        <translation>Ni chaiff %1 wneud hyn: mae angen rôl Swyddog neu rôl Goruchwyliwr ar gyfer hynny.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="126"/>
        <source>There is no nominal with reference %1. Check the reference.</source>
        <translation>Does dim unigolyn â&apos;r cyfeirnod %1. Gwiriwch y cyfeirnod.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="133"/>
        <source>%1 needs a note saying why.</source>
        <translation>%1: mae angen nodyn yn dweud pam.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="135"/>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>Mae&apos;r nodyn yn rhy hir (%1 nod; %2 ar y mwyaf).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="147"/>
        <source>Name the reference the request is about.</source>
        <translation>Nodwch y cyfeirnod y mae&apos;r cais yn ymwneud ag ef.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="150"/>
        <source>The date the request was received is not a valid date (YYYY-MM-DD).</source>
        <translation>Nid yw&apos;r dyddiad y daeth y cais i law yn ddyddiad dilys (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="153"/>
        <source>The request cannot have been received after today (%1).</source>
        <translation>Ni all y cais fod wedi dod i law ar ôl heddiw (%1).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="203"/>
        <source>There is no subject access request SAR-%1. List them with &quot;sar list&quot;.</source>
        <translation>Does dim cais gwrthrych am wybodaeth SAR-%1. Rhestrwch nhw gyda &quot;sar list&quot;.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="212"/>
        <source>&quot;%1&quot; is not a reason for withholding. Use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn rheswm dros ddal yn ôl. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="219"/>
        <source>%1 is closed; nothing can be withheld from it.</source>
        <translation>Mae %1 wedi&apos;i gau; ni ellir dal dim yn ôl ohono.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="225"/>
        <source>%1 is about a reference with nothing held; there is no item to withhold.</source>
        <translation>Mae %1 yn ymwneud â chyfeirnod nad oes dim yn cael ei ddal amdano; does dim eitem i&apos;w dal yn ôl.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="240"/>
        <source>%1 has no intelligence item &quot;%2&quot;. Give the item&apos;s reference (e.g. an intelligence log number) or its number as shown in the app.</source>
        <translation>Does gan %1 ddim eitem cudd-wybodaeth &quot;%2&quot;. Rhowch gyfeirnod yr eitem (e.e. rhif log cudd-wybodaeth) neu ei rhif fel y&apos;i dangosir yn yr ap.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="267"/>
        <source>&quot;%1&quot; is not an outcome. Use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn ganlyniad. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="269"/>
        <source>Closing a request</source>
        <translation>Cau cais</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="273"/>
        <source>%1 was already closed on %2.</source>
        <translation>Roedd %1 eisoes wedi&apos;i gau ar %2.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="306"/>
        <source>The statement is empty. Give the person&apos;s words.</source>
        <translation>Mae&apos;r datganiad yn wag. Rhowch eiriau&apos;r person.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="309"/>
        <source>The statement is too long (%1 characters; at most %2).</source>
        <translation>Mae&apos;r datganiad yn rhy hir (%1 nod; %2 ar y mwyaf).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="341"/>
        <source>&quot;%1&quot; is not a reason for restriction. Use EVIDENCE or ACCURACY_CONTESTED.</source>
        <translation>Nid yw &quot;%1&quot; yn rheswm dros gyfyngu. Defnyddiwch EVIDENCE neu ACCURACY_CONTESTED.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="346"/>
        <source>The date the restriction runs until is not a valid date (YYYY-MM-DD).</source>
        <translation>Nid yw dyddiad diwedd y cyfyngiad yn ddyddiad dilys (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="349"/>
        <source>A restriction must run until a date after today (%1).</source>
        <translation>Rhaid i gyfyngiad bara tan ddyddiad ar ôl heddiw (%1).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="351"/>
        <source>A restriction</source>
        <translation>Cyfyngiad</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="357"/>
        <source>%1 is already restricted (%2) until %3. Lift that restriction first to change it.</source>
        <translation>Mae %1 eisoes yn gyfyngedig (%2) tan %3. Codwch y cyfyngiad hwnnw yn gyntaf i&apos;w newid.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="385"/>
        <source>Lifting a restriction</source>
        <translation>Codi cyfyngiad</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="392"/>
        <source>%1 is not restricted; there is nothing to lift.</source>
        <translation>Nid yw %1 yn gyfyngedig; does dim i&apos;w godi.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="447"/>
        <source>%1 is restricted (%2) until %3, so it cannot be proposed for removal. A supervisor must lift the restriction first.</source>
        <translation>Mae %1 yn gyfyngedig (%2) tan %3, felly ni ellir cynnig ei dynnu oddi ar y rhestr. Rhaid i oruchwyliwr godi&apos;r cyfyngiad yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="458"/>
        <source>%1 cannot be erased while subject access request %2 (received %3, due %4) is open: erasing data to prevent its disclosure is an offence (Data Protection Act 2018, section 173). The proposal waits until the request is closed.</source>
        <translation>Ni ellir dileu %1 tra bo cais gwrthrych am wybodaeth %2 (daeth i law %3, yn ddyledus %4) ar agor: mae dileu data er mwyn atal ei ddatgelu yn drosedd (Deddf Diogelu Data 2018, adran 173). Mae&apos;r cynnig yn aros nes i&apos;r cais gael ei gau.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="465"/>
        <source>%1 is restricted (%2) until %3, so it cannot be erased. A supervisor must lift the restriction first.</source>
        <translation>Mae %1 yn gyfyngedig (%2) tan %3, felly ni ellir ei ddileu. Rhaid i oruchwyliwr godi&apos;r cyfyngiad yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../app/core/User.cpp" line="33"/>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <location filename="../app/core/User.cpp" line="35"/>
        <source>Supervisor</source>
        <translation>Goruchwyliwr</translation>
    </message>
    <message>
        <location filename="../app/core/User.cpp" line="37"/>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
</context>
<context>
    <name>SarCommand</name>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="47"/>
        <source>The request&apos;s identifier, e.g. SAR-3 (or 3).</source>
        <translation>Dynodydd y cais, e.e. SAR-3 (neu 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="58"/>
        <source>&quot;%1&quot; is not a request identifier (SAR-n).</source>
        <translation>Nid yw &quot;%1&quot; yn ddynodydd cais (SAR-n).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="67"/>
        <source>The reference the request is about, e.g. N-000123 (it need not be in the file).</source>
        <translation>Y cyfeirnod y mae&apos;r cais yn ymwneud ag ef, e.e. N-000123 (nid oes rhaid iddo fod yn y ffeil).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="71"/>
        <source>The day the request was received.</source>
        <translation>Y diwrnod y daeth y cais i law.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="74"/>
        <source>A note (never copied into the audit log).</source>
        <translation>Nodyn (ni chaiff byth ei gopïo i&apos;r log archwilio).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="79"/>
        <source>Records a subject access request and prints its identifier (SAR-n) alone on standard output. It is due subject_access_months calendar months after receipt (policy; default 1). A request about a reference not in the file is recorded with no personal details: its response says only that nothing is held. Officers and supervisors.</source>
        <translation>Yn cofnodi cais gwrthrych am wybodaeth ac yn argraffu ei ddynodydd (SAR-n) ar ei ben ei hun ar yr allbwn safonol. Mae&apos;n ddyledus subject_access_months mis calendr ar ôl iddo ddod i law (polisi; rhagosodiad 1). Caiff cais am gyfeirnod nad yw yn y ffeil ei gofnodi heb unrhyw fanylion personol: dim ond nad oes dim yn cael ei ddal y mae ei ymateb yn ei ddweud. Swyddogion a goruchwylwyr.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="96"/>
        <source>Opened %1 about %2; due %3.</source>
        <translation>Agorwyd %1 ynghylch %2; yn ddyledus %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="98"/>
        <source>Opened %1; nothing is held about that reference; due %2.</source>
        <translation>Agorwyd %1; does dim yn cael ei ddal am y cyfeirnod hwnnw; yn ddyledus %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="107"/>
        <source>Print JSON.</source>
        <translation>Argraffu JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="110"/>
        <source>Lists the subject access requests with their due dates, days left and state; overdue ones are marked. --json prints objects with id, reference, received, due, days_left, state, overdue, held and outcome.</source>
        <translation>Yn rhestru&apos;r ceisiadau gwrthrych am wybodaeth gyda&apos;u dyddiadau dyledus, y diwrnodau sy&apos;n weddill a&apos;u cyflwr; caiff y rhai hwyr eu marcio. Mae --json yn argraffu gwrthrychau gydag id, reference, received, due, days_left, state, overdue, held ac outcome.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="145"/>
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="146"/>
        <source>open, %n day(s) left</source>
        <translation>
            <numerusform>ar agor, %n diwrnod ar ôl</numerusform>
            <numerusform>ar agor, %n diwrnod ar ôl</numerusform>
            <numerusform>ar agor, %n diwrnod ar ôl</numerusform>
            <numerusform>ar agor, %n diwrnod ar ôl</numerusform>
            <numerusform>ar agor, %n diwrnod ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="147"/>
        <source>closed: %1</source>
        <translation>wedi&apos;i gau: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="151"/>
        <source>received %1</source>
        <translation>daeth i law %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="152"/>
        <source>due %1</source>
        <translation>yn ddyledus %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="155"/>
        <source>(nothing held)</source>
        <translation>(dim yn cael ei ddal)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="157"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n o geisiadau</numerusform>
            <numerusform>%n cais</numerusform>
            <numerusform>%n o geisiadau</numerusform>
            <numerusform>%n o geisiadau</numerusform>
            <numerusform>%n o geisiadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="158"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="159"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="169"/>
        <source>The intelligence item: its reference (e.g. an intelligence log number) or its number in the app.</source>
        <translation>Yr eitem cudd-wybodaeth: ei chyfeirnod (e.e. rhif log cudd-wybodaeth) neu ei rhif yn yr ap.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="174"/>
        <source>Why (DPA 2018 s.45(4)): %1.</source>
        <translation>Pam (Deddf Diogelu Data 2018 a.45(4)): %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="182"/>
        <source>Withholds an item from an open request&apos;s response, with a reason from the Data Protection Act 2018, section 45(4):%1</source>
        <translation>Yn dal eitem yn ôl o&apos;r ymateb i gais agored, gyda rheswm o Ddeddf Diogelu Data 2018, adran 45(4):%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="193"/>
        <source>Withheld %n item(s) from the response to SAR-%1: %2.</source>
        <translation>
            <numerusform>Daliwyd %n o eitemau yn ôl o&apos;r ymateb i SAR-%1: %2.</numerusform>
            <numerusform>Daliwyd %n eitem yn ôl o&apos;r ymateb i SAR-%1: %2.</numerusform>
            <numerusform>Daliwyd %n o eitemau yn ôl o&apos;r ymateb i SAR-%1: %2.</numerusform>
            <numerusform>Daliwyd %n o eitemau yn ôl o&apos;r ymateb i SAR-%1: %2.</numerusform>
            <numerusform>Daliwyd %n o eitemau yn ôl o&apos;r ymateb i SAR-%1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="206"/>
        <source>The PDF to write; an existing file is never overwritten (exit 6).</source>
        <translation>Y PDF i&apos;w ysgrifennu; ni chaiff ffeil sy&apos;n bodoli byth ei throsysgrifo (cod gadael 6).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="211"/>
        <source>Writes the response to a request as a marked PDF: everything held on the person except the items withheld, every earlier disclosure that included them, the purposes, lawful basis and retention, and their rights. Never names a community source. Recorded as a disclosure to the person. Prints the response&apos;s identifier.</source>
        <translation>Yn ysgrifennu&apos;r ymateb i gais fel PDF wedi&apos;i farcio: popeth a ddelir am y person ac eithrio&apos;r eitemau a ddaliwyd yn ôl, pob datgeliad cynharach a oedd yn ei gynnwys, y dibenion, y sail gyfreithlon a&apos;r cyfnod cadw, a&apos;i hawliau. Nid yw byth yn enwi ffynhonnell gymunedol. Caiff ei gofnodi fel datgeliad i&apos;r person. Yn argraffu dynodydd yr ymateb.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="229"/>
        <source>Wrote the response to %1 (%2, %n page(s)) to %3; recorded as disclosure %4.</source>
        <translation>
            <numerusform>Ysgrifennwyd yr ymateb i %1 (%2, %n o dudalennau) i %3; cofnodwyd fel datgeliad %4.</numerusform>
            <numerusform>Ysgrifennwyd yr ymateb i %1 (%2, %n tudalen) i %3; cofnodwyd fel datgeliad %4.</numerusform>
            <numerusform>Ysgrifennwyd yr ymateb i %1 (%2, %n o dudalennau) i %3; cofnodwyd fel datgeliad %4.</numerusform>
            <numerusform>Ysgrifennwyd yr ymateb i %1 (%2, %n o dudalennau) i %3; cofnodwyd fel datgeliad %4.</numerusform>
            <numerusform>Ysgrifennwyd yr ymateb i %1 (%2, %n o dudalennau) i %3; cofnodwyd fel datgeliad %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="243"/>
        <source>full, partial or refused.</source>
        <translation>full (llawn), partial (rhannol) neu refused (gwrthodwyd).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="245"/>
        <source>Required: what was done.</source>
        <translation>Gofynnol: beth a wnaed.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="249"/>
        <source>Closes a request with its outcome. While a request is open the person cannot be erased (DPA 2018 s.173).</source>
        <translation>Yn cau cais gyda&apos;i ganlyniad. Tra bo cais ar agor ni ellir dileu&apos;r person (Deddf Diogelu Data 2018 a.173).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="259"/>
        <source>Closed SAR-%1: %2.</source>
        <translation>Caewyd SAR-%1: %2.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="577"/>
        <source>Correct the file and read it again.</source>
        <translation>Cywirwch y ffeil a&apos;i darllen eto.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="580"/>
        <source>the file is empty: there is no header row</source>
        <translation>mae&apos;r ffeil yn wag: does dim rhes bennyn</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="581"/>
        <source>Choose the spreadsheet saved as CSV, with its header row.</source>
        <translation>Dewiswch y daenlen wedi&apos;i chadw fel CSV, gyda&apos;i rhes bennyn.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="174"/>
        <source>Leave row %1 out, or give the person a reference not yet in the case file.</source>
        <translation>Gadewch res %1 allan, neu rhowch gyfeirnod i&apos;r person nad yw yn y ffeil achos eto.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetMapping</name>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="116"/>
        <source>The mapping is not a JSON object (%1 at offset %2).</source>
        <translation>Nid yw&apos;r mapio yn wrthrych JSON (%1 ar wrthbwys %2).</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="118"/>
        <source>not an object</source>
        <translation>nid yw&apos;n wrthrych</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="134"/>
        <source>&quot;%1&quot; is not a mapping key; use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn allwedd mapio; defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="142"/>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>Rhaid i &quot;%1&quot; fod yn un o: %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="157"/>
        <source>&quot;date_format&quot; must be a Qt date format such as &quot;dd/MM/yyyy&quot;.</source>
        <translation>Rhaid i &quot;date_format&quot; fod yn fformat dyddiad Qt fel &quot;dd/MM/yyyy&quot;.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="168"/>
        <source>&quot;values&quot; must be an object: {FIELD: {SPREADSHEET VALUE: VALUE}}.</source>
        <translation>Rhaid i &quot;values&quot; fod yn wrthrych: {MAES: {GWERTH YN Y DAENLEN: GWERTH}}.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="173"/>
        <source>&quot;values&quot;: &quot;%1&quot; is not a field; use one of: %2.</source>
        <translation>&quot;values&quot;: nid yw &quot;%1&quot; yn faes; defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="187"/>
        <source>&quot;two_digit_year_pivot&quot; must be a whole number from 0 to 99.</source>
        <translation>Rhaid i &quot;two_digit_year_pivot&quot; fod yn rhif cyfan o 0 i 99.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="194"/>
        <source>&quot;left_out_rows&quot; must be a list of row numbers.</source>
        <translation>Rhaid i &quot;left_out_rows&quot; fod yn rhestr o rifau rhesi.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="199"/>
        <source>&quot;left_out_rows&quot;: every entry must be a data row number (2 or more).</source>
        <translation>&quot;left_out_rows&quot;: rhaid i bob cofnod fod yn rhif rhes ddata (2 neu fwy).</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="207"/>
        <source>&quot;columns&quot; must map &quot;reference&quot; to the column that holds each nominal&apos;s reference.</source>
        <translation>Rhaid i &quot;columns&quot; fapio &quot;reference&quot; i&apos;r golofn sy&apos;n dal cyfeirnod pob unigolyn.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetProblem</name>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="33"/>
        <source>row %1</source>
        <translation>rhes %1</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="35"/>
        <source>, column &quot;%1&quot;</source>
        <translation>, colofn &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="37"/>
        <source>, value &quot;%1&quot;</source>
        <translation>, gwerth &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="38"/>
        <source>%1: %2. What to do: %3</source>
        <translation>%1: %2. Beth i&apos;w wneud: %3</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <location filename="../app/store/SqlError.cpp" line="55"/>
        <source>The case file is in use by another copy of Corroborate and stayed busy. Try again when it has finished.</source>
        <translation>Mae&apos;r ffeil achos yn cael ei defnyddio gan gopi arall o Corroborate ac fe arhosodd yn brysur. Rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="60"/>
        <source>The case file is damaged (%1). Restore it from a backup.</source>
        <translation>Mae&apos;r ffeil achos wedi&apos;i difrodi (%1). Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="vanished">Mae&apos;r ddisg yn llawn; ni chadwyd dim. Rhyddhewch le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="24"/>
        <source>The disk holding the case file is full (or your quota is used up); nothing was saved. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal y ffeil achos yn llawn (neu mae eich cwota wedi&apos;i ddefnyddio); ni chadwyd dim. Rhyddhewch le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="27"/>
        <source>The case file has reached the largest file size allowed here (a file-size limit); nothing was saved. Raise the limit (ulimit -f) or move the file, then try again.</source>
        <translation>Mae&apos;r ffeil achos wedi cyrraedd y maint ffeil mwyaf a ganiateir yma (terfyn maint ffeil); ni chadwyd dim. Codwch y terfyn (ulimit -f) neu symudwch y ffeil, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="31"/>
        <source>The case file is on a read-only file system; nothing was saved.</source>
        <translation>Mae&apos;r ffeil achos ar system ffeiliau darllen yn unig; ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="66"/>
        <source>The case file cannot be written (%1). Check its permissions.</source>
        <translation>Ni ellir ysgrifennu i&apos;r ffeil achos (%1). Gwiriwch ei chaniatâd.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="71"/>
        <source>The change conflicts with what is already in the case file (%1).</source>
        <translation>Mae&apos;r newid yn gwrthdaro â&apos;r hyn sydd eisoes yn y ffeil achos (%1).</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="76"/>
        <source>The disk reported an error during %1 (%2%3); nothing was saved. Check the disk, then try again.</source>
        <translation>Adroddodd y ddisg wall yn ystod %1 (%2%3); ni chadwyd dim. Gwiriwch y ddisg, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="83"/>
        <source>Database error during %1: %2 (code %3)</source>
        <translation>Gwall cronfa ddata yn ystod %1: %2 (cod %3)</translation>
    </message>
</context>
<context>
    <name>StatementCommand</name>
    <message>
        <location filename="../app/cli/StatementCommand.cpp" line="21"/>
        <source>The nominal&apos;s reference, e.g. N-000123.</source>
        <translation>Cyfeirnod yr unigolyn, e.e. N-000123.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementCommand.cpp" line="24"/>
        <source>The statement, in the person&apos;s own words.</source>
        <translation>Y datganiad, yng ngeiriau&apos;r person ei hun.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementCommand.cpp" line="28"/>
        <source>Attaches the person&apos;s supplementary statement to their record (officers and supervisors). It is printed in every pack that includes them and in subject access responses. An unknown reference or an empty statement: exit 2.</source>
        <translation>Yn atodi datganiad atodol y person i&apos;w gofnod (swyddogion a goruchwylwyr). Caiff ei argraffu ym mhob pecyn sy&apos;n ei gynnwys ac mewn ymatebion i geisiadau gwrthrych am wybodaeth. Cyfeirnod anhysbys neu ddatganiad gwag: cod gadael 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementCommand.cpp" line="39"/>
        <source>Attached statement %1 to %2&apos;s record.</source>
        <translation>Atodwyd datganiad %1 i gofnod %2.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessResponse</name>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="76"/>
        <source>The person the data is about (%1)</source>
        <translation>Gwrthrych y data (%1)</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="77"/>
        <source>Data Protection Act 2018, section 45 (right of access)</source>
        <translation>Deddf Diogelu Data 2018, adran 45 (hawl mynediad)</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="78"/>
        <source>Response to subject access request %1</source>
        <translation>Ymateb i gais gwrthrych am wybodaeth %1</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="118"/>
        <source>Subject access response %1 for %2 (%3)</source>
        <translation>Ymateb i gais gwrthrych am wybodaeth %1 ar gyfer %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="125"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="130"/>
        <source>Response to a subject access request</source>
        <translation>Ymateb i gais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="133"/>
        <source>SYNTHETIC DATA: every person in this document is invented, for testing and training.</source>
        <translation>DATA SYNTHETIG: mae pob person yn y ddogfen hon wedi&apos;i ddyfeisio, ar gyfer profi a hyfforddi.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="137"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="138"/>
        <source>About the reference</source>
        <translation>Ynghylch y cyfeirnod</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="139"/>
        <source>Received</source>
        <translation>Daeth i law</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="140"/>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="141"/>
        <source>Response identifier</source>
        <translation>Dynodydd yr ymateb</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="142"/>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="143"/>
        <source>Produced by</source>
        <translation>Lluniwyd gan</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="144"/>
        <source>As at</source>
        <translation>Fel yr oedd ar</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="147"/>
        <source>Nothing is held</source>
        <translation>Does dim yn cael ei ddal</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="148"/>
        <source>Corroborate, the system this force uses to keep and review its list of gang nominals, holds no personal data about the reference %1. Nobody with that reference is on the list, and nothing about them has been shared from it.</source>
        <translation>Nid yw Corroborate, y system y mae&apos;r heddlu hwn yn ei defnyddio i gadw ac adolygu ei rhestr gangiau, yn dal unrhyw ddata personol am y cyfeirnod %1. Does neb â&apos;r cyfeirnod hwnnw ar y rhestr, ac nid oes dim amdanynt wedi&apos;i rannu ohoni.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="153"/>
        <source>You asked whether we hold personal data about you and, if we do, for a copy. We do. This response holds all of it that we are able to give you, what it is used for, who it has been shared with, how long it is kept, and your rights. Each part starts on a new page.</source>
        <translation>Gwnaethoch ofyn a ydym yn dal data personol amdanoch ac, os ydym, am gopi ohono. Ydym. Mae&apos;r ymateb hwn yn cynnwys y cyfan ohono y gallwn ei roi i chi, at beth y caiff ei ddefnyddio, gyda phwy y cafodd ei rannu, am ba hyd y caiff ei gadw, a&apos;ch hawliau. Mae pob rhan yn dechrau ar dudalen newydd.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="158"/>
        <source>Some information held about you is not included, as the Data Protection Act 2018, section 45(4), allows where giving it would, for example, prejudice the prevention or detection of crime or harm the rights of others. You may complain about this to the Information Commissioner (see the last part).</source>
        <translation>Nid yw rhywfaint o&apos;r wybodaeth a ddelir amdanoch wedi&apos;i chynnwys, fel y mae Deddf Diogelu Data 2018, adran 45(4), yn ei ganiatáu pan fyddai ei rhoi, er enghraifft, yn rhagfarnu atal neu ganfod troseddau neu&apos;n niweidio hawliau pobl eraill. Gallwch gwyno am hyn wrth y Comisiynydd Gwybodaeth (gweler y rhan olaf).</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="170"/>
        <source>The data held about you</source>
        <translation>Y data a ddelir amdanoch</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="171"/>
        <source>Identity</source>
        <translation>Hunaniaeth</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="173"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="174"/>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="175"/>
        <source>Forenames</source>
        <translation>Enwau cyntaf</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="176"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="177"/>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="178"/>
        <source>Self-defined ethnicity</source>
        <translation>Ethnigrwydd hunan-ddiffiniedig</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="179"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="180"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="181"/>
        <source>Harm score</source>
        <translation>Sgôr niwed</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="182"/>
        <source>Listed on</source>
        <translation>Ar y rhestr ers</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="183"/>
        <source>Last reviewed</source>
        <translation>Adolygwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="184"/>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="186"/>
        <source>How you are recorded</source>
        <translation>Sut rydych wedi&apos;ch cofnodi</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="188"/>
        <source>Whether you meet the rule for being on the list</source>
        <translation>A ydych yn bodloni&apos;r rheol ar gyfer bod ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="189"/>
        <source>The rule (threshold policy version %1): %2</source>
        <translation>Y rheol (fersiwn polisi trothwy %1): %2</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="194"/>
        <source>You meet the rule</source>
        <translation>Rydych yn bodloni&apos;r rheol</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="195"/>
        <source>You do not meet the rule: your removal from the list is due to be considered</source>
        <translation>Nid ydych yn bodloni&apos;r rheol: mae disgwyl i&apos;ch tynnu oddi ar y rhestr gael ei ystyried</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="198"/>
        <source>Checked on %1; independent qualifying sources: %2.</source>
        <translation>Gwiriwyd ar %1; ffynonellau cymwys annibynnol: %2.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="203"/>
        <source>Reasons:</source>
        <translation>Rhesymau:</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="210"/>
        <source>The use of your data is restricted (%1) until %2: it is kept, but not used or shared meanwhile.</source>
        <translation>Mae&apos;r defnydd o&apos;ch data wedi&apos;i gyfyngu (%1) tan %2: caiff ei gadw, ond ni chaiff ei ddefnyddio na&apos;i rannu yn y cyfamser.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="217"/>
        <source>Intelligence about you</source>
        <translation>Cudd-wybodaeth amdanoch</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="219"/>
        <source>No intelligence about you is included.</source>
        <translation>Nid oes unrhyw gudd-wybodaeth amdanoch wedi&apos;i chynnwys.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="221"/>
        <source>Each piece of intelligence, with the date it was obtained, the kind of source, how it was graded (with what each grade means) and what it says. Community sources are never named.</source>
        <translation>Pob darn o gudd-wybodaeth, gyda&apos;r dyddiad y&apos;i cafwyd, y math o ffynhonnell, sut y cafodd ei graddio (gyda&apos;r hyn y mae pob gradd yn ei olygu) a&apos;r hyn y mae&apos;n ei ddweud. Ni chaiff ffynonellau cymunedol byth eu henwi.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="227"/>
        <source>Item and source</source>
        <translation>Eitem a ffynhonnell</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="228"/>
        <source>Grading (code: meaning)</source>
        <translation>Graddio (cod: ystyr)</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="229"/>
        <source>What it indicates and summary</source>
        <translation>Beth mae&apos;n ei ddangos a chrynodeb</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="233"/>
        <source>Item %1</source>
        <translation>Eitem %1</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="235"/>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="240"/>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="252"/>
        <source>Reviews of your record</source>
        <translation>Adolygiadau o&apos;ch cofnod</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="254"/>
        <source>Your record has not been reviewed yet.</source>
        <translation>Nid yw&apos;ch cofnod wedi&apos;i adolygu eto.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="259"/>
        <source>Reviewed</source>
        <translation>Adolygwyd</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="259"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="260"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="265"/>
        <source>Kept until %1</source>
        <translation>Cadw ar y rhestr tan %1</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="272"/>
        <source>Your supplementary statements</source>
        <translation>Eich datganiadau atodol</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="274"/>
        <source>You have not given a supplementary statement. You may: it will be attached to your record and printed with it.</source>
        <translation>Nid ydych wedi rhoi datganiad atodol. Gallwch wneud hynny: caiff ei atodi i&apos;ch cofnod a&apos;i argraffu gydag ef.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="281"/>
        <source>Recorded %1:</source>
        <translation>Cofnodwyd %1:</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="285"/>
        <source>Who your data has been shared with</source>
        <translation>Gyda phwy y rhannwyd eich data</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="287"/>
        <source>Your data has not been shared from Corroborate.</source>
        <translation>Nid yw&apos;ch data wedi&apos;i rannu o Corroborate.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="289"/>
        <source>Every time data about you left Corroborate (a printed or saved pack, or an export), it was recorded. Each is listed here.</source>
        <translation>Bob tro yr aeth data amdanoch allan o Corroborate (pecyn wedi&apos;i argraffu neu ei gadw, neu allforiad), cafodd ei gofnodi. Rhestrir pob un yma.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="294"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="294"/>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="295"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="295"/>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="303"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="311"/>
        <source>Why the data is held, for how long, and your rights</source>
        <translation>Pam y delir y data, am ba hyd, a&apos;ch hawliau</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="312"/>
        <source>Purposes and lawful basis</source>
        <translation>Dibenion a sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="313"/>
        <source>Purposes: preventing and detecting crime, and protecting people at risk of gang-related violence (law enforcement purposes, Data Protection Act 2018, Part 3, section 31).</source>
        <translation>Dibenion: atal a chanfod troseddau, a diogelu pobl sydd mewn perygl o drais sy&apos;n gysylltiedig â gangiau (dibenion gorfodi&apos;r gyfraith, Deddf Diogelu Data 2018, Rhan 3, adran 31).</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="316"/>
        <source>Lawful basis: the processing is necessary for a task carried out for those purposes by a competent authority, the police (Data Protection Act 2018, section 35(2)(b)); details such as ethnicity are sensitive and are processed only as section 35(5) and Schedule 8 allow.</source>
        <translation>Sail gyfreithlon: mae&apos;r prosesu yn angenrheidiol ar gyfer tasg a gyflawnir at y dibenion hynny gan awdurdod cymwys, yr heddlu (Deddf Diogelu Data 2018, adran 35(2)(b)); mae manylion fel ethnigrwydd yn sensitif ac maent yn cael eu prosesu dim ond fel y mae adran 35(5) ac Atodlen 8 yn ei ganiatáu.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="320"/>
        <source>How long it is kept</source>
        <translation>Am ba hyd y caiff ei gadw</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="321"/>
        <source>A record is reviewed at least every %n day(s). Intelligence counts only while it is recent (obtained within the last %1 months). Someone who no longer meets the rule is proposed for removal and, once a supervisor approves, their data is erased from the file.</source>
        <translation>
            <numerusform>Caiff cofnod ei adolygu o leiaf bob %n diwrnod. Dim ond tra bo&apos;n ddiweddar (wedi&apos;i chael o fewn y %1 mis diwethaf) y mae cudd-wybodaeth yn cyfrif. Caiff rhywun nad yw&apos;n bodloni&apos;r rheol mwyach ei gynnig i&apos;w dynnu oddi ar y rhestr ac, unwaith y bydd goruchwyliwr yn cymeradwyo, caiff ei ddata ei ddileu o&apos;r ffeil.</numerusform>
            <numerusform>Caiff cofnod ei adolygu o leiaf bob %n diwrnod. Dim ond tra bo&apos;n ddiweddar (wedi&apos;i chael o fewn y %1 mis diwethaf) y mae cudd-wybodaeth yn cyfrif. Caiff rhywun nad yw&apos;n bodloni&apos;r rheol mwyach ei gynnig i&apos;w dynnu oddi ar y rhestr ac, unwaith y bydd goruchwyliwr yn cymeradwyo, caiff ei ddata ei ddileu o&apos;r ffeil.</numerusform>
            <numerusform>Caiff cofnod ei adolygu o leiaf bob %n diwrnod. Dim ond tra bo&apos;n ddiweddar (wedi&apos;i chael o fewn y %1 mis diwethaf) y mae cudd-wybodaeth yn cyfrif. Caiff rhywun nad yw&apos;n bodloni&apos;r rheol mwyach ei gynnig i&apos;w dynnu oddi ar y rhestr ac, unwaith y bydd goruchwyliwr yn cymeradwyo, caiff ei ddata ei ddileu o&apos;r ffeil.</numerusform>
            <numerusform>Caiff cofnod ei adolygu o leiaf bob %n diwrnod. Dim ond tra bo&apos;n ddiweddar (wedi&apos;i chael o fewn y %1 mis diwethaf) y mae cudd-wybodaeth yn cyfrif. Caiff rhywun nad yw&apos;n bodloni&apos;r rheol mwyach ei gynnig i&apos;w dynnu oddi ar y rhestr ac, unwaith y bydd goruchwyliwr yn cymeradwyo, caiff ei ddata ei ddileu o&apos;r ffeil.</numerusform>
            <numerusform>Caiff cofnod ei adolygu o leiaf bob %n diwrnod. Dim ond tra bo&apos;n ddiweddar (wedi&apos;i chael o fewn y %1 mis diwethaf) y mae cudd-wybodaeth yn cyfrif. Caiff rhywun nad yw&apos;n bodloni&apos;r rheol mwyach ei gynnig i&apos;w dynnu oddi ar y rhestr ac, unwaith y bydd goruchwyliwr yn cymeradwyo, caiff ei ddata ei ddileu o&apos;r ffeil.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="329"/>
        <source>Your record&apos;s next review is due on %1.</source>
        <translation>Mae adolygiad nesaf eich cofnod yn ddyledus ar %1.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="331"/>
        <source>the first working day possible</source>
        <translation>y diwrnod gwaith cyntaf posibl</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="333"/>
        <source>Your rights</source>
        <translation>Eich hawliau</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="336"/>
        <source>Rectification (Data Protection Act 2018, section 46): you may ask us to correct data about you that is inaccurate, or to complete it; you may also give a supplementary statement to be kept with your record.</source>
        <translation>Cywiro (Deddf Diogelu Data 2018, adran 46): gallwch ofyn i ni gywiro data amdanoch sy&apos;n anghywir, neu ei gwblhau; gallwch hefyd roi datganiad atodol i&apos;w gadw gyda&apos;ch cofnod.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="339"/>
        <source>Erasure (section 47): you may ask us to erase data about you that we should not be processing.</source>
        <translation>Dileu (adran 47): gallwch ofyn i ni ddileu data amdanoch na ddylem fod yn ei brosesu.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="341"/>
        <source>Restriction (section 47): instead of erasure, the use of your data may be restricted, for example while its accuracy is contested or where it must be kept as evidence.</source>
        <translation>Cyfyngu (adran 47): yn lle ei ddileu, gellir cyfyngu ar y defnydd o&apos;ch data, er enghraifft tra bo ei gywirdeb yn cael ei herio neu pan fo rhaid ei gadw fel tystiolaeth.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="344"/>
        <source>Complaint: you may complain to the Information Commissioner&apos;s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; telephone 0303 123 1113; ico.org.uk (section 165). You may also apply to a court (section 167).</source>
        <translation>Cwyn: gallwch gwyno wrth Swyddfa&apos;r Comisiynydd Gwybodaeth, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; ffôn 0303 123 1113; ico.org.uk (adran 165). Gallwch hefyd wneud cais i lys (adran 167).</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="349"/>
        <source>To use any of these rights, write to the force&apos;s data protection officer, quoting %1.</source>
        <translation>I arfer unrhyw un o&apos;r hawliau hyn, ysgrifennwch at swyddog diogelu data&apos;r heddlu, gan ddyfynnu %1.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../app/core/Time.cpp" line="69"/>
        <source>today at %1</source>
        <translation>heddiw am %1</translation>
    </message>
    <message>
        <location filename="../app/core/Time.cpp" line="70"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
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
        <location filename="../app/cli/UserCommands.cpp" line="128"/>
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
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="117"/>
        <source>The user name to unlock.</source>
        <translation>Yr enw defnyddiwr i&apos;w ddatgloi.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="120"/>
        <source>Releases a user name locked after %1 failed sign-ins in a row (administrators only). Without it the lock ends by itself after %2 minutes. The release is logged.</source>
        <translation>Yn rhyddhau enw defnyddiwr a gafodd ei gloi ar ôl %1 ymgais aflwyddiannus i fewngofnodi yn olynol (gweinyddwyr yn unig). Heb hyn, daw&apos;r clo i ben ohono&apos;i hun ar ôl %2 munud. Caiff y rhyddhau ei gofnodi yn y log.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="143"/>
        <source>Unlocked sign-in for %1.</source>
        <translation>Datglowyd mewngofnodi ar gyfer %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="144"/>
        <source>Sign-in for %1 was not locked; its count of failed sign-ins was cleared.</source>
        <translation>Nid oedd mewngofnodi ar gyfer %1 wedi&apos;i gloi; cliriwyd ei gyfrif o ymgeisiau aflwyddiannus i fewngofnodi.</translation>
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
        <location filename="../ui/main/DetailsPanel.cpp" line="50"/>
        <source> (age %1: juvenile)</source>
        <translation> (%1 oed: person ifanc)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="50"/>
        <source> (age %1)</source>
        <translation> (%1 oed)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="52"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="53"/>
        <source>Classification</source>
        <translation>Dosbarthiad</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="54"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="55"/>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="55"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="59"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <source>Ethnicity (self-defined)</source>
        <translation>Ethnigrwydd (hunan-ddiffiniedig)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="57"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="58"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="59"/>
        <source>Harm score</source>
        <translation>Sgôr niwed</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="60"/>
        <source>Listed on</source>
        <translation>Ar y rhestr ers</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="61"/>
        <source>Last reviewed</source>
        <translation>Adolygwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="62"/>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="103"/>
        <source>Independent qualifying sources: %1 (the policy needs %2).</source>
        <translation>Ffynonellau cymwys annibynnol: %1 (mae&apos;r polisi angen %2).</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="109"/>
        <source>Review was due on %1: overdue.</source>
        <translation>Roedd yr adolygiad yn ddyledus ar %1: yn hwyr.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="110"/>
        <source>Next review due on %1.</source>
        <translation>Adolygiad nesaf yn ddyledus ar %1.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="112"/>
        <source>No listing or review date: the review is overdue.</source>
        <translation>Dim dyddiad rhoi ar y rhestr nac adolygu: mae&apos;r adolygiad yn hwyr.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="115"/>
        <source>Evaluated on %1 under policy version %2.</source>
        <translation>Gwerthuswyd ar %1 o dan fersiwn polisi %2.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AboutDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="135"/>
        <source>About Corroborate</source>
        <translation>Ynghylch Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="145"/>
        <source>&lt;h2&gt;Corroborate %1&lt;/h2&gt;&lt;p&gt;Review of gang-list nominals: nobody stays on the list without recent, graded intelligence from more than one independent source.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;br&gt;SQLCipher %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Corroborate %1&lt;/h2&gt;&lt;p&gt;Adolygu unigolion ar y rhestr gangiau: does neb yn aros ar y rhestr heb gudd-wybodaeth ddiweddar wedi&apos;i graddio gan fwy nag un ffynhonnell annibynnol.&lt;/p&gt;&lt;p&gt;Qt %2 (adeiladwyd gyda %3)&lt;br&gt;SQLite %4&lt;br&gt;SQLCipher %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="151"/>
        <source>(open a case file to see it)</source>
        <translation>(agorwch ffeil achos i&apos;w weld)</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AgreementDialog</name>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="23"/>
        <source>Amend %1</source>
        <translation>Diwygio %1</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="24"/>
        <source>New information-sharing agreement</source>
        <translation>Cytundeb rhannu gwybodaeth newydd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="28"/>
        <source>Partner organisation</source>
        <translation>Sefydliad partner</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="31"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="34"/>
        <source>Permitted purposes, one a line</source>
        <translation>Dibenion a ganiateir, un y llinell</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="39"/>
        <source>Retention at the recipient, in days</source>
        <translation>Cyfnod cadw gan y derbynnydd, mewn diwrnodau</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="41"/>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="45"/>
        <source>In force from</source>
        <translation>Mewn grym o</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="50"/>
        <source>In force until</source>
        <translation>Mewn grym tan</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="69"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="70"/>
        <source>Lawful &amp;basis:</source>
        <translation>&amp;Sail gyfreithlon:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="71"/>
        <source>P&amp;urposes (one a line):</source>
        <translation>&amp;Dibenion (un y llinell):</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="72"/>
        <source>&amp;Retention at the recipient:</source>
        <translation>Cyfnod &amp;cadw gan y derbynnydd:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="73"/>
        <source>In force &amp;from:</source>
        <translation>Mewn grym &amp;o:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="74"/>
        <source>In force &amp;until:</source>
        <translation>Mewn grym &amp;tan:</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AgreementsView</name>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="30"/>
        <location filename="../ui/sharing/AgreementsView.cpp" line="36"/>
        <source>Information-sharing agreements</source>
        <translation>Cytundebau rhannu gwybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="31"/>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
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
        <translation>Mewn grym</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="31"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="32"/>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="32"/>
        <source>Keep for</source>
        <translation>Cadw am</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="32"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="33"/>
        <source>Purposes</source>
        <translation>Dibenion</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="33"/>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="33"/>
        <source>Recorded</source>
        <translation>Cofnodwyd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="34"/>
        <source>Information-sharing &amp;agreements</source>
        <translation>&amp;Cytundebau rhannu gwybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="46"/>
        <source>&amp;Add agreement…</source>
        <translation>&amp;Ychwanegu cytundeb…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="48"/>
        <source>Add an information-sharing agreement</source>
        <translation>Ychwanegu cytundeb rhannu gwybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="49"/>
        <source>A&amp;mend…</source>
        <translation>&amp;Diwygio…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="51"/>
        <source>Amend the selected agreement (a new version)</source>
        <translation>Diwygio&apos;r cytundeb a ddewiswyd (fersiwn newydd)</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="52"/>
        <source>&amp;End today…</source>
        <translation>&amp;Terfynu heddiw…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="54"/>
        <source>End the selected agreement today</source>
        <translation>Terfynu&apos;r cytundeb a ddewiswyd heddiw</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="91"/>
        <source>Ended %1</source>
        <translation>Daeth i ben %1</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="92"/>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="93"/>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/AgreementsView.cpp" line="97"/>
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
        <location filename="../ui/sharing/AgreementsView.cpp" line="101"/>
        <source>%1 by %2</source>
        <translation>%1 gan %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/AgreementsView.cpp" line="105"/>
        <source>%n agreement(s), %1 in force today. A partner pack goes under an agreement in force and one of its purposes.</source>
        <translation>
            <numerusform>%n o gytundebau, %1 mewn grym heddiw. Mae pecyn partner yn cael ei anfon o dan gytundeb sydd mewn grym ac at un o&apos;i ddibenion.</numerusform>
            <numerusform>%n cytundeb, %1 mewn grym heddiw. Mae pecyn partner yn cael ei anfon o dan gytundeb sydd mewn grym ac at un o&apos;i ddibenion.</numerusform>
            <numerusform>%n o gytundebau, %1 mewn grym heddiw. Mae pecyn partner yn cael ei anfon o dan gytundeb sydd mewn grym ac at un o&apos;i ddibenion.</numerusform>
            <numerusform>%n o gytundebau, %1 mewn grym heddiw. Mae pecyn partner yn cael ei anfon o dan gytundeb sydd mewn grym ac at un o&apos;i ddibenion.</numerusform>
            <numerusform>%n o gytundebau, %1 mewn grym heddiw. Mae pecyn partner yn cael ei anfon o dan gytundeb sydd mewn grym ac at un o&apos;i ddibenion.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="109"/>
        <source>Could not read the agreements: %1</source>
        <translation>Ni ellid darllen y cytundebau: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/AgreementsView.cpp" line="134"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n o gytundebau</numerusform>
            <numerusform>%n cytundeb</numerusform>
            <numerusform>%n o gytundebau</numerusform>
            <numerusform>%n o gytundebau</numerusform>
            <numerusform>%n o gytundebau</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="170"/>
        <source>Recorded %1 with %2.</source>
        <translation>Cofnodwyd %1 gyda %2.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="171"/>
        <source>Amended %1 (version %2).</source>
        <translation>Diwygiwyd %1 (fersiwn %2).</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="191"/>
        <location filename="../ui/sharing/AgreementsView.cpp" line="202"/>
        <source>End agreement</source>
        <translation>Terfynu cytundeb</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="192"/>
        <source>End %1 with %2 today? No partner pack can be made under it from today. Packs already sent keep their destroy-by dates.</source>
        <translation>Terfynu %1 gyda %2 heddiw? O heddiw ymlaen ni ellir llunio unrhyw becyn partner oddi tano. Mae pecynnau a anfonwyd eisoes yn cadw eu dyddiadau dinistrio erbyn.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="198"/>
        <source>%1 ended.</source>
        <translation>Daeth %1 i ben.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/SharingExtension.cpp" line="89"/>
        <source>Agreements</source>
        <translation>Cytundebau</translation>
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
        <source>Sign-in locked</source>
        <translation>Mewngofnodi wedi&apos;i gloi</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="71"/>
        <source>Sign-in unlocked</source>
        <translation>Mewngofnodi wedi&apos;i ddatgloi</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="73"/>
        <source>Collected</source>
        <translation>Casglwyd</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="75"/>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="77"/>
        <source>Looked at</source>
        <translation>Edrychwyd arno</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="79"/>
        <source>Disclosed</source>
        <translation>Datgelwyd</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="81"/>
        <source>User administration</source>
        <translation>Gweinyddu defnyddwyr</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="83"/>
        <source>Policy change</source>
        <translation>Newid polisi</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="85"/>
        <source>Case file administration</source>
        <translation>Gweinyddu&apos;r ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="87"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="89"/>
        <source>Removal</source>
        <translation>Tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="91"/>
        <source>Erasure</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="93"/>
        <source>Sharing</source>
        <translation>Rhannu</translation>
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
        <location filename="../ui/main/AuditLogView.cpp" line="83"/>
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
    <name>corroborate::ui::ConflictReload</name>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="18"/>
        <source>Appl&amp;y mine again</source>
        <translation>Defnyddio &amp;fy rhai i eto</translation>
    </message>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="21"/>
        <source>Put your values back over the saved record</source>
        <translation>Rhoi eich gwerthoedd chi yn ôl dros y cofnod a gadwyd</translation>
    </message>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="45"/>
        <source>Reloaded the saved record; it holds the same values as yours.</source>
        <translation>Ail-lwythwyd y cofnod a gadwyd; mae ganddo&apos;r un gwerthoedd â&apos;ch rhai chi.</translation>
    </message>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="48"/>
        <source>Reloaded the saved record. Where yours differ:</source>
        <translation>Ail-lwythwyd y cofnod a gadwyd. Lle mae eich rhai chi&apos;n wahanol:</translation>
    </message>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="54"/>
        <source>Check the saved values; choose “Apply mine again” to put yours back, then Save.</source>
        <translation>Gwiriwch y gwerthoedd a gadwyd; dewiswch “Defnyddio fy rhai i eto” i roi eich rhai chi yn ôl, yna Cadw.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::CreatePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="349"/>
        <source>New case file</source>
        <translation>Ffeil achos newydd</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="355"/>
        <source>Case file passphrase</source>
        <translation>Cyfrinymadrodd y ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="357"/>
        <source>Case file passphrase again</source>
        <translation>Cyfrinymadrodd y ffeil achos eto</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="360"/>
        <source>Administrator&apos;s user name</source>
        <translation>Enw defnyddiwr y gweinyddwr</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="363"/>
        <source>Administrator&apos;s display name</source>
        <translation>Enw dangos y gweinyddwr</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="365"/>
        <source>Administrator&apos;s password</source>
        <translation>Cyfrinair y gweinyddwr</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="367"/>
        <source>Administrator&apos;s password again</source>
        <translation>Cyfrinair y gweinyddwr eto</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="368"/>
        <source>Case &amp;passphrase:</source>
        <translation>Cyfrinymadrodd yr a&amp;chos:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="369"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Cyfrinymadrodd &amp;eto:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="370"/>
        <source>Your &amp;user name:</source>
        <translation>Eich enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="371"/>
        <source>Your &amp;display name:</source>
        <translation>Eich enw da&amp;ngos:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="372"/>
        <source>Your pass&amp;word:</source>
        <translation>Eich cyfrin&amp;air:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="373"/>
        <source>Password &amp;again:</source>
        <translation>Cyfrinair e&amp;to:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="375"/>
        <source>You become the file&apos;s first administrator. The passphrase unlocks the file; your password is your own. Neither can be recovered if lost.</source>
        <translation>Chi fydd gweinyddwr cyntaf y ffeil. Mae&apos;r cyfrinymadrodd yn datgloi&apos;r ffeil; eich cyfrinair chi yw eich cyfrinair. Ni ellir adfer yr un o&apos;r ddau os cânt eu colli.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="393"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="394"/>
        <source>Cr&amp;eate</source>
        <translation>C&amp;reu</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="411"/>
        <source>Creating %1.</source>
        <translation>Yn creu %1.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="425"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>Mae angen o leiaf 12 nod yn y cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="427"/>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="434"/>
        <source>The two passwords are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="449"/>
        <source>Creating the case file…</source>
        <translation>Yn creu&apos;r ffeil achos…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DecisionDialog</name>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="40"/>
        <source>waiting for a supervisor</source>
        <translation>yn aros am oruchwyliwr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="42"/>
        <source>rejected by %1 on %2</source>
        <translation>gwrthodwyd gan %1 ar %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="45"/>
        <source>withdrawn by %1 on %2</source>
        <translation>tynnwyd yn ôl gan %1 ar %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="48"/>
        <source>approved by %1 on %2</source>
        <translation>cymeradwywyd gan %1 ar %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="63"/>
        <source>Decide on the removal of %1</source>
        <translation>Penderfynu ar dynnu %1 oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="67"/>
        <source>Loading %1…</source>
        <translation>Yn llwytho %1…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="77"/>
        <source>Evaluation, proposal and history of %1</source>
        <translation>Gwerthusiad, cynnig a hanes %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="82"/>
        <source>Approve: erase this person</source>
        <translation>Cymeradwyo: dileu&apos;r person hwn</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="86"/>
        <source>Your password, to sign the approval</source>
        <translation>Eich cyfrinair, i lofnodi&apos;r gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="89"/>
        <source>Your &amp;password:</source>
        <translation>Eich &amp;cyfrinair:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="92"/>
        <source>&amp;Approve and erase</source>
        <translation>C&amp;ymeradwyo a dileu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="94"/>
        <source>Approve the removal and erase the person</source>
        <translation>Cymeradwyo tynnu oddi ar y rhestr a dileu&apos;r person</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="97"/>
        <source>Approval signs your decision with your own key and erases the nominal, their intelligence and reviews at once. It cannot be undone.</source>
        <translation>Mae cymeradwyo yn llofnodi eich penderfyniad â&apos;ch allwedd eich hun ac yn dileu&apos;r unigolyn, ei gudd-wybodaeth a&apos;i adolygiadau ar unwaith. Ni ellir ei ddadwneud.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="108"/>
        <source>Reject: send it back to the proposer</source>
        <translation>Gwrthod: ei anfon yn ôl at y cynigydd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="111"/>
        <source>Note for the proposer, required to reject</source>
        <translation>Nodyn i&apos;r cynigydd, yn ofynnol i wrthod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="114"/>
        <source>&amp;Note for the proposer (required):</source>
        <translation>&amp;Nodyn i&apos;r cynigydd (gofynnol):</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="116"/>
        <source>&amp;Reject with note</source>
        <translation>&amp;Gwrthod gyda nodyn</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="118"/>
        <source>Reject the proposal with the note</source>
        <translation>Gwrthod y cynnig gyda&apos;r nodyn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="132"/>
        <source>Close without deciding</source>
        <translation>Cau heb benderfynu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="188"/>
        <source>Deciding a removal proposal</source>
        <translation>Penderfynu ar gynnig i dynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="213"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="226"/>
        <source>%1 has no proposal waiting for a decision.</source>
        <translation>Does gan %1 ddim cynnig yn aros am benderfyniad.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="229"/>
        <source>You proposed this removal, so you may not approve it: another supervisor must. You can still reject it with a note.</source>
        <translation>Chi a wnaeth y cynnig hwn i dynnu oddi ar y rhestr, felly ni chewch ei gymeradwyo: rhaid i oruchwyliwr arall wneud hynny. Gallwch ei wrthod gyda nodyn o hyd.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="253"/>
        <source>The proposal</source>
        <translation>Y cynnig</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="257"/>
        <source>Proposed by %1 on %2.</source>
        <translation>Cynigiwyd gan %1 ar %2.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="258"/>
        <source>Reason:</source>
        <translation>Rheswm:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="260"/>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="261"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="263"/>
        <source>No proposal is waiting.</source>
        <translation>Does dim cynnig yn aros.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="268"/>
        <source>Evaluation today (policy version %1, %2)</source>
        <translation>Gwerthusiad heddiw (fersiwn polisi %1, %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/DecisionDialog.cpp" line="276"/>
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
        <location filename="../ui/signoff/DecisionDialog.cpp" line="287"/>
        <source>Intelligence</source>
        <translation>Cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="290"/>
        <source>No intelligence recorded.</source>
        <translation>Dim cudd-wybodaeth wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="294"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="294"/>
        <source>Obtained</source>
        <translation>Cafwyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="294"/>
        <source>Provider / originator</source>
        <translation>Darparwr / cychwynnydd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="295"/>
        <source>Grading</source>
        <translation>Graddio</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="295"/>
        <source>Indicates</source>
        <translation>Yn dangos</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="295"/>
        <source>Counts?</source>
        <translation>Yn cyfrif?</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="306"/>
        <source>not evaluated</source>
        <translation>heb ei werthuso</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="308"/>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="314"/>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="334"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="338"/>
        <source>%1: removal proposed by %2 (%3) — %4</source>
        <translation>%1: cynigiwyd tynnu oddi ar y rhestr gan %2 (%3) — %4</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="342"/>
        <source>note: %1</source>
        <translation>nodyn: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="347"/>
        <source>retained</source>
        <translation>cadwyd ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="348"/>
        <source>removal proposed</source>
        <translation>cynigiwyd tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="349"/>
        <source>deferred</source>
        <translation>gohiriwyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="351"/>
        <source>%1: reviewed by %2, %3</source>
        <translation>%1: adolygwyd gan %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="357"/>
        <source>No earlier reviews or proposals.</source>
        <translation>Dim adolygiadau na chynigion cynharach.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="365"/>
        <source>Not done: %1</source>
        <translation>Heb ei wneud: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="391"/>
        <source>Enter your own password to sign the approval.</source>
        <translation>Rhowch eich cyfrinair eich hun i lofnodi&apos;r gymeradwyaeth.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="420"/>
        <source>Checking your password and erasing…</source>
        <translation>Yn gwirio eich cyfrinair ac yn dileu…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="449"/>
        <source>Write a note for the proposer saying why the proposal is rejected.</source>
        <translation>Ysgrifennwch nodyn i&apos;r cynigydd yn dweud pam mae&apos;r cynnig yn cael ei wrthod.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DetailsPanel</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="72"/>
        <source>Restricted until %1: %2. Out of the review queue and every pack; cannot be proposed for removal.</source>
        <translation>Cyfyngedig tan %1: %2. Allan o&apos;r ciw adolygu a phob pecyn; ni ellir cynnig ei dynnu oddi ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="80"/>
        <source>The person&apos;s statement:</source>
        <translation>Datganiad y person:</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="131"/>
        <source>Choose a nominal in the list to see their record.</source>
        <translation>Dewiswch unigolyn yn y rhestr i weld ei gofnod.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="139"/>
        <source>Record of the selected nominal</source>
        <translation>Cofnod yr unigolyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="155"/>
        <source>Threshold</source>
        <translation>Trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="161"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="343"/>
        <source>Threshold result</source>
        <translation>Canlyniad y trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="164"/>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="169"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="173"/>
        <source>Intelligence</source>
        <translation>Cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="183"/>
        <source>No intelligence recorded.</source>
        <translation>Dim cudd-wybodaeth wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="187"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="193"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="344"/>
        <source>Review history</source>
        <translation>Hanes adolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="196"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="202"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="345"/>
        <source>Who looked at or changed this record</source>
        <translation>Pwy a edrychodd ar y cofnod hwn neu a&apos;i newidiodd</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="271"/>
        <source>juvenile (under 18)</source>
        <translation>person ifanc (dan 18)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="273"/>
        <source>Nominal %1</source>
        <translation>Unigolyn %1</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="278"/>
        <source>A removal proposal is waiting for a supervisor.</source>
        <translation>Mae cynnig i dynnu oddi ar y rhestr yn aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="304"/>
        <source>No reviews recorded.</source>
        <translation>Dim adolygiadau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="308"/>
        <source>%1 by %2: %3</source>
        <translation>%1 gan %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="310"/>
        <source>retained</source>
        <translation>cadwyd ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="311"/>
        <source>removal proposed</source>
        <translation>cynigiwyd tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="312"/>
        <source>deferred</source>
        <translation>gohiriwyd</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="314"/>
        <source> until %1</source>
        <translation> tan %1</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="317"/>
        <source> (policy %1)</source>
        <translation> (polisi %1)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="334"/>
        <source>Nobody yet.</source>
        <translation>Neb eto.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DisclosuresView</name>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="35"/>
        <source>Restricted</source>
        <translation>Cyfyngwyd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="37"/>
        <source>Corrected</source>
        <translation>Cywirwyd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="38"/>
        <source>Erased</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="49"/>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="57"/>
        <location filename="../ui/sharing/SharingExtension.cpp" line="74"/>
        <source>Disclosures</source>
        <translation>Datgeliadau</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="50"/>
        <source>Pack or export</source>
        <translation>Pecyn neu allforiad</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="50"/>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="50"/>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="53"/>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="51"/>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="51"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="51"/>
        <source>Nominals</source>
        <translation>Unigolion</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="52"/>
        <source>Destroy by</source>
        <translation>Dinistrio erbyn</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="52"/>
        <source>Destruction</source>
        <translation>Dinistrio</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="53"/>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="53"/>
        <source>Pack</source>
        <translation>Pecyn</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="53"/>
        <source>Supplied</source>
        <translation>Darparwyd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="54"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="54"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="54"/>
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="55"/>
        <source>&amp;Disclosures</source>
        <translation>&amp;Datgeliadau</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="62"/>
        <source>&amp;Confirm destruction…</source>
        <translation>&amp;Cadarnhau dinistrio…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="64"/>
        <source>Record that the recipient confirmed destroying the selected disclosure</source>
        <translation>Cofnodi bod y derbynnydd wedi cadarnhau iddo ddinistrio&apos;r datgeliad a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="67"/>
        <source>Pending &amp;recall notices</source>
        <translation>Hysbysiadau &amp;adalw sy&apos;n aros</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="69"/>
        <source>Pending recall notices</source>
        <translation>Hysbysiadau adalw sy&apos;n aros</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="74"/>
        <source>&amp;Issue recall notice…</source>
        <translation>C&amp;yhoeddi hysbysiad adalw…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="76"/>
        <source>Save the selected recall notice as a PDF and record it as issued</source>
        <translation>Cadw&apos;r hysbysiad adalw a ddewiswyd fel PDF a&apos;i gofnodi fel un a gyhoeddwyd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="129"/>
        <source>Confirmed %1 by %2: %3</source>
        <translation>Cadarnhawyd %1 gan %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="133"/>
        <source>OVERDUE: not confirmed</source>
        <translation>YN HWYR: heb ei gadarnhau</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="135"/>
        <source>Not yet confirmed</source>
        <translation>Heb ei gadarnhau eto</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="140"/>
        <source>(internal)</source>
        <translation>(mewnol)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/DisclosuresView.cpp" line="165"/>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="212"/>
        <source>%n disclosure(s) recorded.</source>
        <translation>
            <numerusform>Cofnodwyd %n datgeliad.</numerusform>
            <numerusform>Cofnodwyd %n datgeliad.</numerusform>
            <numerusform>Cofnodwyd %n o ddatgeliadau.</numerusform>
            <numerusform>Cofnodwyd %n o ddatgeliadau.</numerusform>
            <numerusform>Cofnodwyd %n o ddatgeliadau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/DisclosuresView.cpp" line="167"/>
        <source>%n past the destroy-by date without a confirmation of destruction (listed first): ask the recipients.</source>
        <translation>
            <numerusform>%n wedi mynd heibio i&apos;r dyddiad dinistrio erbyn heb gadarnhad ei fod wedi&apos;i ddinistrio (wedi&apos;i restru gyntaf): gofynnwch i&apos;r derbynwyr.</numerusform>
            <numerusform>%n wedi mynd heibio i&apos;r dyddiad dinistrio erbyn heb gadarnhad ei fod wedi&apos;i ddinistrio (wedi&apos;i restru gyntaf): gofynnwch i&apos;r derbynwyr.</numerusform>
            <numerusform>%n wedi mynd heibio i&apos;r dyddiad dinistrio erbyn heb gadarnhad eu bod wedi&apos;u dinistrio (wedi&apos;u rhestru gyntaf): gofynnwch i&apos;r derbynwyr.</numerusform>
            <numerusform>%n wedi mynd heibio i&apos;r dyddiad dinistrio erbyn heb gadarnhad eu bod wedi&apos;u dinistrio (wedi&apos;u rhestru gyntaf): gofynnwch i&apos;r derbynwyr.</numerusform>
            <numerusform>%n wedi mynd heibio i&apos;r dyddiad dinistrio erbyn heb gadarnhad eu bod wedi&apos;u dinistrio (wedi&apos;u rhestru gyntaf): gofynnwch i&apos;r derbynwyr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="170"/>
        <source>None is overdue.</source>
        <translation>Does dim un yn hwyr.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="171"/>
        <source>Could not read the disclosures: %1</source>
        <translation>Ni ellid darllen y datgeliadau: %1</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="176"/>
        <source>No recall notice is pending.</source>
        <translation>Does dim hysbysiad adalw yn aros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/DisclosuresView.cpp" line="177"/>
        <source>%n recall notice(s) to issue: a nominal in an earlier disclosure was erased, restricted or corrected (Data Protection Act 2018, s.48).</source>
        <translation>
            <numerusform>%n hysbysiad adalw i&apos;w gyhoeddi: cafodd unigolyn mewn datgeliad cynharach ei ddileu, ei gyfyngu neu ei gywiro (Deddf Diogelu Data 2018, a.48).</numerusform>
            <numerusform>%n hysbysiad adalw i&apos;w gyhoeddi: cafodd unigolyn mewn datgeliad cynharach ei ddileu, ei gyfyngu neu ei gywiro (Deddf Diogelu Data 2018, a.48).</numerusform>
            <numerusform>%n o hysbysiadau adalw i&apos;w cyhoeddi: cafodd unigolyn mewn datgeliad cynharach ei ddileu, ei gyfyngu neu ei gywiro (Deddf Diogelu Data 2018, a.48).</numerusform>
            <numerusform>%n o hysbysiadau adalw i&apos;w cyhoeddi: cafodd unigolyn mewn datgeliad cynharach ei ddileu, ei gyfyngu neu ei gywiro (Deddf Diogelu Data 2018, a.48).</numerusform>
            <numerusform>%n o hysbysiadau adalw i&apos;w cyhoeddi: cafodd unigolyn mewn datgeliad cynharach ei ddileu, ei gyfyngu neu ei gywiro (Deddf Diogelu Data 2018, a.48).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="230"/>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="244"/>
        <source>Confirm destruction</source>
        <translation>Cadarnhau dinistrio</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="231"/>
        <source>How did %1 confirm destroying %2? This is recorded with today&apos;s date.</source>
        <translation>Sut y cadarnhaodd %1 fod %2 wedi&apos;i ddinistrio? Caiff hyn ei gofnodi gyda dyddiad heddiw.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="233"/>
        <source>Email from the recipient: every copy destroyed</source>
        <translation>E-bost gan y derbynnydd: pob copi wedi&apos;i ddinistrio</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="234"/>
        <source>Letter from the recipient: shredded</source>
        <translation>Llythyr gan y derbynnydd: wedi&apos;i rwygo</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="234"/>
        <source>Seen destroyed in person</source>
        <translation>Gwelwyd ei ddinistrio yn bersonol</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="239"/>
        <source>Recorded that %1 was destroyed.</source>
        <translation>Cofnodwyd bod %1 wedi&apos;i ddinistrio.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="256"/>
        <source>Save recall notice as PDF</source>
        <translation>Cadw&apos;r hysbysiad adalw fel PDF</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="259"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="274"/>
        <source>Recall notice issued</source>
        <translation>Hysbysiad adalw wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="275"/>
        <source>Saved recall notice %1 for %2 to %3 and recorded it as issued. Send it to %4.</source>
        <translation>Cadwyd hysbysiad adalw %1 ar gyfer %2 yn %3 a&apos;i gofnodi fel un a gyhoeddwyd. Anfonwch ef at %4.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="270"/>
        <source>Recall notice not issued</source>
        <translation>Ni chyhoeddwyd yr hysbysiad adalw</translation>
    </message>
    <message>
        <location filename="../ui/sharing/SharingExtension.cpp" line="45"/>
        <location filename="../ui/sharing/SharingExtension.cpp" line="82"/>
        <source>Overdue disclosures: %1</source>
        <translation>Datgeliadau yn hwyr: %1</translation>
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
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="24"/>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="27"/>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="108"/>
        <source>Erasure register</source>
        <translation>Cofrestr dileu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="25"/>
        <source>&amp;Erasure register</source>
        <translation>&amp;Cofrestr dileu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="32"/>
        <source>Earlier &amp;disclosures of the selected entry</source>
        <translation>&amp;Datgeliadau cynharach o&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="35"/>
        <source>Earlier disclosures of the selected entry</source>
        <translation>Datgeliadau cynharach o&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="64"/>
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
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="68"/>
        <source>Could not read the register: %1</source>
        <translation>Methu darllen y gofrestr: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="71"/>
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
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="88"/>
        <source>Select an entry to see the disclosures made before the erasure.</source>
        <translation>Dewiswch gofnod i weld y datgeliadau a wnaed cyn y dileu.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="96"/>
        <source>The signed decision does not verify: %1</source>
        <translation>Nid yw&apos;r penderfyniad wedi&apos;i lofnodi yn cael ei ddilysu: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="99"/>
        <source>%1 was not included in any export or pack before the erasure.</source>
        <translation>Ni chafodd %1 ei gynnwys mewn unrhyw allforiad na phecyn cyn y dileu.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="104"/>
        <source>%1 was included in these disclosures. Ask each recipient to destroy what they hold (Data Protection Act 2018, s.48):</source>
        <translation>Cafodd %1 ei gynnwys yn y datgeliadau hyn. Gofynnwch i bob derbynnydd ddinistrio&apos;r hyn sydd ganddynt (Deddf Diogelu Data 2018, a.48):</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="111"/>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 i %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="114"/>
        <source>(no recipient recorded)</source>
        <translation>(dim derbynnydd wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="116"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="117"/>
        <source>, by %1</source>
        <translation>, gan %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="137"/>
        <source>%n nominal(s) erased</source>
        <translation>
            <numerusform>%n o unigolion wedi&apos;u dileu</numerusform>
            <numerusform>%n unigolyn wedi&apos;i ddileu</numerusform>
            <numerusform>%n o unigolion wedi&apos;u dileu</numerusform>
            <numerusform>%n o unigolion wedi&apos;u dileu</numerusform>
            <numerusform>%n o unigolion wedi&apos;u dileu</numerusform>
        </translation>
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
    <name>corroborate::ui::HelpWindow</name>
    <message>
        <location filename="../ui/help/HelpExtension.cpp" line="47"/>
        <source>&amp;User guide</source>
        <translation>Canllaw &amp;defnyddwyr</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpExtension.cpp" line="51"/>
        <source>Open the user guide at the page for the screen you are on</source>
        <translation>Agor y canllaw defnyddwyr ar y dudalen ar gyfer y sgrin rydych arni</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="43"/>
        <source>Corroborate user guide</source>
        <translation>Canllaw defnyddwyr Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="49"/>
        <source>&amp;Contents</source>
        <translation>&amp;Cynnwys</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="50"/>
        <source>Contents of the guide</source>
        <translation>Cynnwys y canllaw</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="53"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="54"/>
        <source>Back to the previous page</source>
        <translation>Yn ôl i&apos;r dudalen flaenorol</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="58"/>
        <source>&amp;Forward</source>
        <translation>Ym&amp;laen</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="59"/>
        <source>Forward to the next page</source>
        <translation>Ymlaen i&apos;r dudalen nesaf</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="66"/>
        <source>User guide</source>
        <translation>Canllaw defnyddwyr</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="87"/>
        <source>%1 — Corroborate user guide</source>
        <translation>%1 — Canllaw defnyddwyr Corroborate</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ImportWizard</name>
    <message>
        <location filename="../ui/import/ImportExtension.cpp" line="14"/>
        <source>Import &amp;spreadsheet…</source>
        <translation>Mewnforio &amp;taenlen…</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportExtension.cpp" line="17"/>
        <source>Import nominals and intelligence from a spreadsheet saved as CSV, all or nothing</source>
        <translation>Mewnforio unigolion a chudd-wybodaeth o daenlen a gadwyd fel CSV, y cyfan neu ddim</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="60"/>
        <location filename="../ui/import/ImportWizard.cpp" line="18"/>
        <source>Import spreadsheet</source>
        <translation>Mewnforio taenlen</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="21"/>
        <location filename="../ui/import/ImportFilePage.cpp" line="40"/>
        <source>Choose the spreadsheet</source>
        <translation>Dewiswch y daenlen</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="22"/>
        <source>Save the spreadsheet as CSV (comma, semicolon or tab separated) with its header row, then choose it here.</source>
        <translation>Cadwch y daenlen fel CSV (wedi&apos;i gwahanu gan goma, hanner colon neu dab) gyda&apos;i rhes pennawd, yna dewiswch hi yma.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="28"/>
        <source>Spreadsheet file</source>
        <translation>Ffeil taenlen</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="29"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="31"/>
        <source>Browse for the spreadsheet</source>
        <translation>Pori am y daenlen</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="34"/>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="41"/>
        <source>Spreadsheets saved as CSV (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Taenlenni a gadwyd fel CSV (*.csv *.txt *.tsv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="26"/>
        <source>Confirm how the file is read</source>
        <translation>Cadarnhewch sut y caiff y ffeil ei darllen</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="27"/>
        <source>The encoding and delimiter were detected; check the preview and correct them if the text or the columns look wrong.</source>
        <translation>Canfuwyd yr amgodiad a&apos;r amffinydd; gwiriwch y rhagolwg a&apos;u cywiro os yw&apos;r testun neu&apos;r colofnau&apos;n edrych yn anghywir.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="32"/>
        <source>Encoding</source>
        <translation>Amgodiad</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="33"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="34"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Gorllewin Ewrop)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="38"/>
        <source>Delimiter</source>
        <translation>Amffinydd</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="39"/>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="40"/>
        <source>Semicolon (;)</source>
        <translation>Hanner colon (;)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="41"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="44"/>
        <source>What one row holds</source>
        <translation>Beth sydd mewn un rhes</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="45"/>
        <source>One intelligence item (rows grouped by reference)</source>
        <translation>Un eitem cudd-wybodaeth (rhesi wedi&apos;u grwpio yn ôl cyfeirnod)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="47"/>
        <source>One nominal (item columns numbered 1, 2, …)</source>
        <translation>Un unigolyn (colofnau eitemau wedi&apos;u rhifo 1, 2, …)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="51"/>
        <source>Date format</source>
        <translation>Fformat dyddiad</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="52"/>
        <source>dd/MM/yyyy, d/M/yy, yyyy-MM-dd or d MMM yyyy; YYYY-MM-DD and &quot;3 Mar 2024&quot; are always understood.</source>
        <translation>dd/MM/yyyy, d/M/yy, yyyy-MM-dd neu d MMM yyyy; mae YYYY-MM-DD a &quot;3 Mar 2024&quot; bob amser yn cael eu deall.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="54"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="58"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Amgodiad:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="59"/>
        <source>&amp;Delimiter:</source>
        <translation>Amffin&amp;ydd:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="60"/>
        <source>Each &amp;row is:</source>
        <translation>Mae pob &amp;rhes yn:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="61"/>
        <source>Dates &amp;look like:</source>
        <translation>Mae&apos;r &amp;dyddiadau fel hyn:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="61"/>
        <source>Map the columns</source>
        <translation>Mapio&apos;r colofnau</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="62"/>
        <source>Choose the column that feeds each field, or none. Fields in bold are required.</source>
        <translation>Dewiswch y golofn sy&apos;n bwydo pob maes, neu ddim un. Mae&apos;r meysydd mewn print trwm yn ofynnol.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="66"/>
        <source>Column mapping</source>
        <translation>Mapio colofnau</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="15"/>
        <source>Map the values</source>
        <translation>Mapio&apos;r gwerthoedd</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="16"/>
        <source>Each value found in the spreadsheet&apos;s coded columns, with the value Corroborate records for it.</source>
        <translation>Pob gwerth a ganfuwyd yng ngholofnau cod y daenlen, gyda&apos;r gwerth y mae Corroborate yn ei gofnodi ar ei gyfer.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="19"/>
        <source>Value mapping</source>
        <translation>Mapio gwerthoedd</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="24"/>
        <source>Review the problems</source>
        <translation>Adolygu&apos;r problemau</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="25"/>
        <source>Nothing is written until every row is right or left out. Correct the spreadsheet and read it again, or leave rows out deliberately (recorded by row number only).</source>
        <translation>Ni chaiff dim ei ysgrifennu nes bod pob rhes yn gywir neu wedi&apos;i gadael allan. Cywirwch y daenlen a&apos;i darllen eto, neu gadewch resi allan yn fwriadol (caiff hyn ei gofnodi yn ôl rhif y rhes yn unig).</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="33"/>
        <source>Problems</source>
        <translation>Problemau</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="35"/>
        <source>&amp;Leave the selected rows out</source>
        <translation>&amp;Gadael y rhesi a ddewiswyd allan</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="37"/>
        <source>Leave the selected rows out</source>
        <translation>Gadael y rhesi a ddewiswyd allan</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="22"/>
        <location filename="../ui/import/ImportRunPage.cpp" line="34"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="23"/>
        <source>All or nothing, in one transaction. You can save the mapping to use it again, or with corroborate-cli import-csv.</source>
        <translation>Y cyfan neu ddim, mewn un trafodyn. Gallwch gadw&apos;r mapio i&apos;w ddefnyddio eto, neu gyda corroborate-cli import-csv.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="31"/>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="32"/>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="35"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="37"/>
        <source>Cancel the import</source>
        <translation>Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="39"/>
        <source>&amp;Save mapping…</source>
        <translation>Cadw&apos;r mapi&amp;o…</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="41"/>
        <location filename="../ui/import/ImportRunPage.cpp" line="56"/>
        <location filename="../ui/import/ImportWizard.cpp" line="56"/>
        <source>Save the mapping</source>
        <translation>Cadw&apos;r mapio</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="56"/>
        <source>Mapping documents (*.json)</source>
        <translation>Dogfennau mapio (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportRunPage.cpp" line="64"/>
        <source>%n nominal(s) and %1 intelligence item(s) are ready to import.</source>
        <translation>
            <numerusform>Mae %n unigolyn a %1 eitem cudd-wybodaeth yn barod i&apos;w mewnforio.</numerusform>
            <numerusform>Mae %n unigolyn a %1 eitem cudd-wybodaeth yn barod i&apos;w mewnforio.</numerusform>
            <numerusform>Mae %n o unigolion a %1 eitem cudd-wybodaeth yn barod i&apos;w mewnforio.</numerusform>
            <numerusform>Mae %n o unigolion a %1 eitem cudd-wybodaeth yn barod i&apos;w mewnforio.</numerusform>
            <numerusform>Mae %n o unigolion a %1 eitem cudd-wybodaeth yn barod i&apos;w mewnforio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportRunPage.cpp" line="69"/>
        <source>%n row(s) left out.</source>
        <translation>
            <numerusform>%n rhes wedi&apos;i gadael allan.</numerusform>
            <numerusform>%n rhes wedi&apos;i gadael allan.</numerusform>
            <numerusform>%n o resi wedi&apos;u gadael allan.</numerusform>
            <numerusform>%n o resi wedi&apos;u gadael allan.</numerusform>
            <numerusform>%n o resi wedi&apos;u gadael allan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="61"/>
        <source>Cannot read %1 (%2). Choose the spreadsheet saved as CSV.</source>
        <translation>Ni ellir darllen %1 (%2). Dewiswch y daenlen a gadwyd fel CSV.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportFormatPage.cpp" line="110"/>
        <source>Detected: %1, %2. %n data row(s) and %3 column(s); the first rows are shown, numbered as a spreadsheet numbers them.</source>
        <translation>
            <numerusform>Canfuwyd: %1, %2. %n rhes ddata a %3 colofn; dangosir y rhesi cyntaf, wedi&apos;u rhifo fel y mae taenlen yn eu rhifo.</numerusform>
            <numerusform>Canfuwyd: %1, %2. %n rhes ddata a %3 colofn; dangosir y rhesi cyntaf, wedi&apos;u rhifo fel y mae taenlen yn eu rhifo.</numerusform>
            <numerusform>Canfuwyd: %1, %2. %n o resi data a %3 colofn; dangosir y rhesi cyntaf, wedi&apos;u rhifo fel y mae taenlen yn eu rhifo.</numerusform>
            <numerusform>Canfuwyd: %1, %2. %n o resi data a %3 colofn; dangosir y rhesi cyntaf, wedi&apos;u rhifo fel y mae taenlen yn eu rhifo.</numerusform>
            <numerusform>Canfuwyd: %1, %2. %n o resi data a %3 colofn; dangosir y rhesi cyntaf, wedi&apos;u rhifo fel y mae taenlen yn eu rhifo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="90"/>
        <location filename="../ui/import/ImportValuesPage.cpp" line="38"/>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="90"/>
        <source>Spreadsheet column</source>
        <translation>Colofn y daenlen</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="102"/>
        <source>Column for %1</source>
        <translation>Colofn ar gyfer %1</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="103"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="38"/>
        <source>Value in the spreadsheet</source>
        <translation>Gwerth yn y daenlen</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="38"/>
        <source>Recorded as</source>
        <translation>Wedi&apos;i gofnodi fel</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="72"/>
        <source>Value recorded for %1 in %2</source>
        <translation>Y gwerth a gofnodir ar gyfer %1 yn %2</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="73"/>
        <source>(as written)</source>
        <translation>(fel y&apos;i hysgrifennwyd)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="40"/>
        <source>Rows checked</source>
        <translation>Rhesi wedi&apos;u gwirio</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="85"/>
        <source>Checking every row…</source>
        <translation>Yn gwirio pob rhes…</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="91"/>
        <source>&amp;Cancel the check</source>
        <translation>&amp;Canslo&apos;r gwiriad</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="146"/>
        <source>Check &amp;again</source>
        <translation>Gwirio &amp;eto</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="148"/>
        <source>The check was cancelled; nothing was written. Check again, or go back to change the mapping.</source>
        <translation>Cafodd y gwiriad ei ganslo; ni ysgrifennwyd dim. Gwiriwch eto, neu ewch yn ôl i newid y mapio.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>What is wrong</source>
        <translation>Beth sydd o&apos;i le</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>What to do</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportProblemsPage.cpp" line="176"/>
        <source>No problems: %n nominal(s) and %1 intelligence item(s) can be imported.</source>
        <translation>
            <numerusform>Dim problemau: gellir mewnforio %n unigolyn a %1 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Dim problemau: gellir mewnforio %n unigolyn a %1 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Dim problemau: gellir mewnforio %n o unigolion a %1 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Dim problemau: gellir mewnforio %n o unigolion a %1 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Dim problemau: gellir mewnforio %n o unigolion a %1 eitem cudd-wybodaeth.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportProblemsPage.cpp" line="179"/>
        <source>%n problem(s). Nothing will be written until each is corrected in the spreadsheet (then go back and read it again) or its row is left out.</source>
        <translation>
            <numerusform>%n problem. Ni chaiff dim ei ysgrifennu nes iddi gael ei chywiro yn y daenlen (yna ewch yn ôl a darllen y daenlen eto) neu nes i&apos;w rhes gael ei gadael allan.</numerusform>
            <numerusform>%n broblem. Ni chaiff dim ei ysgrifennu nes iddi gael ei chywiro yn y daenlen (yna ewch yn ôl a darllen y daenlen eto) neu nes i&apos;w rhes gael ei gadael allan.</numerusform>
            <numerusform>%n o broblemau. Ni chaiff dim ei ysgrifennu nes i bob un gael ei chywiro yn y daenlen (yna ewch yn ôl a darllen y daenlen eto) neu nes i&apos;w rhes gael ei gadael allan.</numerusform>
            <numerusform>%n o broblemau. Ni chaiff dim ei ysgrifennu nes i bob un gael ei chywiro yn y daenlen (yna ewch yn ôl a darllen y daenlen eto) neu nes i&apos;w rhes gael ei gadael allan.</numerusform>
            <numerusform>%n o broblemau. Ni chaiff dim ei ysgrifennu nes i bob un gael ei chywiro yn y daenlen (yna ewch yn ôl a darllen y daenlen eto) neu nes i&apos;w rhes gael ei gadael allan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="57"/>
        <source>Cannot write %1 (%2). Choose another place.</source>
        <translation>Ni ellir ysgrifennu %1 (%2). Dewiswch le arall.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportRunPage.cpp" line="124"/>
        <source>Imported %n nominal(s) with %1 intelligence item(s).</source>
        <translation>
            <numerusform>Mewnforiwyd %n unigolyn gyda %1 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Mewnforiwyd %n unigolyn gyda %1 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Mewnforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Mewnforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth.</numerusform>
            <numerusform>Mewnforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="132"/>
        <source>Nothing was imported. %1</source>
        <translation>Ni fewnforiwyd dim. %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::IntelligenceDialog</name>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="51"/>
        <source>Add intelligence about %1</source>
        <translation>Ychwanegu cudd-wybodaeth am %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="52"/>
        <source>Correct intelligence about %1</source>
        <translation>Cywiro cudd-wybodaeth am %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="54"/>
        <source>Synthetic demonstration data.</source>
        <translation>Data arddangos synthetig.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="81"/>
        <source>Graded under the legacy 5x5x5 scheme:
%1</source>
        <translation>Graddiwyd o dan yr hen gynllun 5x5x5:
%1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="83"/>
        <source>Legacy grade</source>
        <translation>Hen radd</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="84"/>
        <source>Re&amp;grade to 3x5x2 with the codes above (the legacy grade stays in the item&apos;s history)</source>
        <translation>Ail-&amp;raddio i 3x5x2 gyda&apos;r codau uchod (mae&apos;r hen radd yn aros yn hanes yr eitem)</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="88"/>
        <source>Regrade to 3x5x2</source>
        <translation>Ail-raddio i 3x5x2</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="144"/>
        <source>This item is no longer in the file.</source>
        <translation>Nid yw&apos;r eitem hon yn y ffeil mwyach.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="269"/>
        <source>Without this change: %1 (%n independent source(s)).</source>
        <translation>
            <numerusform>Heb y newid hwn: %1 (%n ffynhonnell annibynnol).</numerusform>
            <numerusform>Heb y newid hwn: %1 (%n ffynhonnell annibynnol).</numerusform>
            <numerusform>Heb y newid hwn: %1 (%n o ffynonellau annibynnol).</numerusform>
            <numerusform>Heb y newid hwn: %1 (%n o ffynonellau annibynnol).</numerusform>
            <numerusform>Heb y newid hwn: %1 (%n o ffynonellau annibynnol).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="273"/>
        <source>With it: %1 (%n independent source(s)).</source>
        <translation>
            <numerusform>Gyda&apos;r newid: %1 (%n ffynhonnell annibynnol).</numerusform>
            <numerusform>Gyda&apos;r newid: %1 (%n ffynhonnell annibynnol).</numerusform>
            <numerusform>Gyda&apos;r newid: %1 (%n o ffynonellau annibynnol).</numerusform>
            <numerusform>Gyda&apos;r newid: %1 (%n o ffynonellau annibynnol).</numerusform>
            <numerusform>Gyda&apos;r newid: %1 (%n o ffynonellau annibynnol).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded the saved item. Make your change again.</source>
        <translation type="vanished">Ail-lwythwyd yr eitem a gadwyd. Gwnewch eich newid eto.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="225"/>
        <source>Required for handling code C</source>
        <translation>Gofynnol ar gyfer cod trin C</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="226"/>
        <source>Only for handling code C</source>
        <translation>Ar gyfer cod trin C yn unig</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="230"/>
        <source>Say briefly why you are making this change.</source>
        <translation>Dywedwch yn fyr pam rydych yn gwneud y newid hwn.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="253"/>
        <source>This item counts as an independent qualifying source.</source>
        <translation>Mae&apos;r eitem hon yn cyfrif fel ffynhonnell gymwys annibynnol.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="259"/>
        <source>This item does not count: %1.</source>
        <translation>Nid yw&apos;r eitem hon yn cyfrif: %1.</translation>
    </message>
    <message>
        <source>Without this change: %1 (%2 independent sources).</source>
        <translation type="vanished">Heb y newid hwn: %1 (%2 ffynhonnell annibynnol).</translation>
    </message>
    <message>
        <source>With it: %1 (%2 independent sources).</source>
        <translation type="vanished">Gyda&apos;r newid: %1 (%2 ffynhonnell annibynnol).</translation>
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
        <location filename="../ui/models/IntelligenceModel.cpp" line="97"/>
        <source>Not evaluated</source>
        <translation>Heb ei werthuso</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="99"/>
        <source>Counts</source>
        <translation>Yn cyfrif</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="103"/>
        <source>Does not count: %1</source>
        <translation>Nid yw&apos;n cyfrif: %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::LockPage</name>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="28"/>
        <source>Locked</source>
        <translation>Wedi&apos;i gloi</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="30"/>
        <source>Corroborate is locked</source>
        <translation>Mae Corroborate wedi&apos;i gloi</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="39"/>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="43"/>
        <source>Your password</source>
        <translation>Eich cyfrinair</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
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
        <location filename="../ui/lock/LockPage.cpp" line="105"/>
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/Workspace.cpp" line="43"/>
        <source>Views</source>
        <translation>Golygon</translation>
    </message>
    <message>
        <location filename="../ui/main/Workspace.cpp" line="69"/>
        <source>What waits for you</source>
        <translation>Beth sy&apos;n aros amdanoch</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="42"/>
        <source>&amp;Nominal</source>
        <translation>&amp;Unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="43"/>
        <source>&amp;Review</source>
        <translation>&amp;Adolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="44"/>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="45"/>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="46"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="59"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;Agor ffeil achos…</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="61"/>
        <source>&amp;New case file…</source>
        <translation>Ffeil achos &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="63"/>
        <source>&amp;Close case file</source>
        <translation>&amp;Cau&apos;r ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="66"/>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="70"/>
        <source>Open &amp;recent</source>
        <translation>Agor ffeil &amp;ddiweddar</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="23"/>
        <source>&amp;New nominal…</source>
        <translation>Unigolyn &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="27"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Golygu&apos;r manylion…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="30"/>
        <source>&amp;Add intelligence…</source>
        <translation>&amp;Ychwanegu cudd-wybodaeth…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="33"/>
        <source>&amp;Correct intelligence item…</source>
        <translation>&amp;Cywiro eitem cudd-wybodaeth…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="36"/>
        <source>Copy &amp;reference</source>
        <translation>Copïo&apos;r cy&amp;feirnod</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="40"/>
        <source>Change the reason for &amp;looking…</source>
        <translation>Newid y rheswm dros &amp;edrych…</translation>
    </message>
    <message>
        <location filename="../ui/main/ReviewCommands.cpp" line="14"/>
        <source>&amp;Start a review of the due queue</source>
        <translation>&amp;Dechrau adolygu&apos;r ciw dyledus</translation>
    </message>
    <message>
        <location filename="../ui/main/ReviewCommands.cpp" line="17"/>
        <source>Review the &amp;selected nominals</source>
        <translation>Adolygu&apos;r unigolion a dd&amp;ewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/main/ReviewCommands.cpp" line="20"/>
        <source>&amp;Resume a paused review</source>
        <translation>&amp;Ailddechrau adolygiad wedi&apos;i oedi</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="28"/>
        <source>&amp;Find</source>
        <translation>Ch&amp;wilio</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="31"/>
        <source>&amp;Refresh</source>
        <translation>Ad&amp;newyddu</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="48"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="53"/>
        <source>&amp;About Corroborate</source>
        <translation>&amp;Ynghylch Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="84"/>
        <source>Due for review</source>
        <translation>I&apos;w hadolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="91"/>
        <source>Below threshold</source>
        <translation>Islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="98"/>
        <source>All nominals</source>
        <translation>Pob unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="104"/>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="205"/>
        <location filename="../ui/main/MainWindow.cpp" line="208"/>
        <source>Cannot read the case file</source>
        <translation>Methu darllen y ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="209"/>
        <source>The lists could not open their own connection to the file. Close it and open it again.</source>
        <translation>Ni allai&apos;r rhestrau agor eu cysylltiad eu hunain â&apos;r ffeil. Caewch hi a&apos;i hagor eto.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="222"/>
        <source>You have a paused review: Review ▸ Resume (Ctrl+Alt+R).</source>
        <translation>Mae gennych adolygiad wedi&apos;i oedi: Adolygu ▸ Ailddechrau (Ctrl+Alt+R).</translation>
    </message>
    <message>
        <location filename="../ui/main/Workspace.cpp" line="89"/>
        <source>Evaluating %1%…</source>
        <translation>Yn gwerthuso %1%…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/Workspace.cpp" line="98"/>
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
        <location filename="../ui/main/Workspace.cpp" line="100"/>
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
        <location filename="../ui/main/Workspace.cpp" line="103"/>
        <source>The threshold evaluation failed: %1</source>
        <translation>Methodd y gwerthuso yn erbyn y trothwy: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="234"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Wedi mewngofnodi fel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="162"/>
        <source>Why are you looking?</source>
        <translation>Pam rydych yn edrych?</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="163"/>
        <source>Looking at a person&apos;s record is logged with a reason. Choose or type the reason for this browsing; it is used until you change it (Nominal ▸ Change the reason for looking).</source>
        <translation>Mae edrych ar gofnod person yn cael ei gofnodi gyda rheswm. Dewiswch neu teipiwch y rheswm dros bori; fe&apos;i defnyddir nes i chi ei newid (Unigolyn ▸ Newid y rheswm dros edrych).</translation>
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
            <numerusform>%n cynnig i dynnu oddi ar y rhestr yn aros am eich cymeradwyaeth</numerusform>
            <numerusform>%n cynnig i dynnu oddi ar y rhestr yn aros am eich cymeradwyaeth</numerusform>
            <numerusform>%n o gynigion i dynnu oddi ar y rhestr yn aros am eich cymeradwyaeth</numerusform>
            <numerusform>%n o gynigion i dynnu oddi ar y rhestr yn aros am eich cymeradwyaeth</numerusform>
            <numerusform>%n o gynigion i dynnu oddi ar y rhestr yn aros am eich cymeradwyaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/Workspace.cpp" line="317"/>
        <location filename="../ui/main/Workspace.cpp" line="328"/>
        <source>%n review(s) due or overdue</source>
        <translation>
            <numerusform>%n adolygiad yn ddyledus neu&apos;n hwyr</numerusform>
            <numerusform>%n adolygiad yn ddyledus neu&apos;n hwyr</numerusform>
            <numerusform>%n o adolygiadau yn ddyledus neu&apos;n hwyr</numerusform>
            <numerusform>%n o adolygiadau yn ddyledus neu&apos;n hwyr</numerusform>
            <numerusform>%n o adolygiadau yn ddyledus neu&apos;n hwyr</numerusform>
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
        <translation>[data synthetig]</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="295"/>
        <source>[locked]</source>
        <translation>[wedi&apos;i gloi]</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="557"/>
        <source>Reviewing %1</source>
        <translation>Yn adolygu %1</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="113"/>
        <source>No recent files</source>
        <translation>Dim ffeiliau diweddar</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="115"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clirio&apos;r rhestr</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="328"/>
        <source>Your unsaved work could not be kept: %1</source>
        <translation>Ni ellid diogelu eich gwaith heb ei gadw: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="347"/>
        <source>Unsaved work</source>
        <translation>Gwaith heb ei gadw</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="348"/>
        <source>Corroborate stopped on %1 before you saved some work (%2). Put it back as it was? Nothing of it counts until you save it.</source>
        <translation>Stopiodd Corroborate ar %1 cyn i chi gadw peth gwaith (%2). Ei adfer fel yr oedd? Nid oes dim ohono&apos;n cyfrif nes i chi ei gadw.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="351"/>
        <source>a review decision</source>
        <translation>penderfyniad adolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="351"/>
        <source>an edit</source>
        <translation>golygiad</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockController.cpp" line="125"/>
        <source>That is not the password of %1. Check it and try again; only the user who was signed in can unlock.</source>
        <translation>Nid hwnnw yw cyfrinair %1. Gwiriwch ef a rhowch gynnig arall arni; dim ond y defnyddiwr a oedd wedi mewngofnodi all ddatgloi.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="55"/>
        <source>Resume your paused review?</source>
        <translation>Ailddechrau eich adolygiad sydd wedi&apos;i oedi?</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="56"/>
        <source>You paused a review on %1 at %2 of %3. Resume it instead of starting a new one? (No starts the new one; the paused review stays for later.)</source>
        <translation>Fe wnaethoch oedi adolygiad ar %1 ar %2 o %3. Ei ailddechrau yn lle dechrau un newydd? (Mae Na yn dechrau&apos;r un newydd; mae&apos;r adolygiad a oedwyd yn aros tan yn nes ymlaen.)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="70"/>
        <source>Cannot start the review</source>
        <translation>Methu dechrau&apos;r adolygiad</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="87"/>
        <source>The review you started on %1: %n nominal(s).</source>
        <translation>
            <numerusform>Yr adolygiad a ddechreuoch ar %1: %n unigolyn.</numerusform>
            <numerusform>Yr adolygiad a ddechreuoch ar %1: %n unigolyn.</numerusform>
            <numerusform>Yr adolygiad a ddechreuoch ar %1: %n o unigolion.</numerusform>
            <numerusform>Yr adolygiad a ddechreuoch ar %1: %n o unigolion.</numerusform>
            <numerusform>Yr adolygiad a ddechreuoch ar %1: %n o unigolion.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="90"/>
        <source>Review session</source>
        <translation>Sesiwn adolygu</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="110"/>
        <source>Review finished: every nominal in this session has a decision.</source>
        <translation>Adolygiad wedi&apos;i orffen: mae penderfyniad gan bob unigolyn yn y sesiwn hon.</translation>
    </message>
    <message>
        <source>Review finished</source>
        <translation type="vanished">Adolygiad wedi&apos;i orffen</translation>
    </message>
    <message>
        <source>Every nominal in this session has a decision.</source>
        <translation type="vanished">Mae penderfyniad gan bob unigolyn yn y sesiwn hon.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="136"/>
        <source>Still evaluating</source>
        <translation>Yn dal i werthuso</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="137"/>
        <source>The list is still being evaluated against the threshold. Try again in a moment.</source>
        <translation>Mae&apos;r rhestr yn dal i gael ei gwerthuso yn erbyn y trothwy. Rhowch gynnig arall arni mewn eiliad.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="173"/>
        <source>Nothing is due</source>
        <translation>Does dim yn ddyledus</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="175"/>
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
        <location filename="../ui/review/ReviewController.cpp" line="177"/>
        <source>Nobody is due for review or below the threshold.</source>
        <translation>Does neb yn ddyledus i&apos;w adolygu nac islaw&apos;r trothwy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="181"/>
        <source>This review holds %n nominal(s) from Due for review (below the threshold first, then the most overdue).</source>
        <translation>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys %n unigolyn o “I&apos;w hadolygu” (islaw&apos;r trothwy yn gyntaf, yna&apos;r rhai mwyaf hwyr).</numerusform>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys %n unigolyn o “I&apos;w hadolygu” (islaw&apos;r trothwy yn gyntaf, yna&apos;r rhai mwyaf hwyr).</numerusform>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys %n o unigolion o “I&apos;w hadolygu” (islaw&apos;r trothwy yn gyntaf, yna&apos;r rhai mwyaf hwyr).</numerusform>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys %n o unigolion o “I&apos;w hadolygu” (islaw&apos;r trothwy yn gyntaf, yna&apos;r rhai mwyaf hwyr).</numerusform>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys %n o unigolion o “I&apos;w hadolygu” (islaw&apos;r trothwy yn gyntaf, yna&apos;r rhai mwyaf hwyr).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="186"/>
        <source>Left out: %n whose removal awaits a supervisor.</source>
        <translation>
            <numerusform>Wedi&apos;i adael allan: %n y mae cynnig i&apos;w dynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
            <numerusform>Wedi&apos;i adael allan: %n y mae cynnig i&apos;w dynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
            <numerusform>Wedi&apos;u gadael allan: %n y mae cynigion i&apos;w tynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
            <numerusform>Wedi&apos;u gadael allan: %n y mae cynigion i&apos;w tynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
            <numerusform>Wedi&apos;u gadael allan: %n y mae cynigion i&apos;w tynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="189"/>
        <source>The first %1 of %2: start another review for the rest.</source>
        <translation>Y %1 cyntaf o %2: dechreuwch adolygiad arall ar gyfer y gweddill.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="203"/>
        <source>Nothing selected</source>
        <translation>Dim wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="204"/>
        <source>Select one or more nominals in the list first.</source>
        <translation>Dewiswch un neu ragor o unigolion yn y rhestr yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="207"/>
        <source>This review holds the %n nominal(s) you selected.</source>
        <translation>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys yr %n unigolyn a ddewisoch.</numerusform>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys yr %n unigolyn a ddewisoch.</numerusform>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys y %n o unigolion a ddewisoch.</numerusform>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys y %n o unigolion a ddewisoch.</numerusform>
            <numerusform>Mae&apos;r adolygiad hwn yn cynnwys y %n o unigolion a ddewisoch.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="219"/>
        <source>No paused review</source>
        <translation>Dim adolygiad wedi&apos;i oedi</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="220"/>
        <source>You have no paused review session.</source>
        <translation>Does gennych ddim sesiwn adolygu wedi&apos;i hoedi.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="85"/>
        <source>Cannot create the nominal</source>
        <translation>Methu creu&apos;r unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="120"/>
        <source>No intelligence</source>
        <translation>Dim cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="121"/>
        <source>This nominal has no intelligence to correct yet.</source>
        <translation>Does gan yr unigolyn hwn ddim cudd-wybodaeth i&apos;w chywiro eto.</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="159"/>
        <source>Longest idle time</source>
        <translation>Yr amser segur hiraf</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="168"/>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalDialog</name>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="28"/>
        <source>New nominal</source>
        <translation>Unigolyn newydd</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="28"/>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="30"/>
        <source>Synthetic demonstration data.</source>
        <translation>Data arddangos synthetig.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="33"/>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="33"/>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="33"/>
        <source>Non-binary</source>
        <translation>Anneuaidd</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="33"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="59"/>
        <source>Victims and people at risk never meet the threshold: they will be flagged for removal.</source>
        <translation>Nid yw dioddefwyr na phobl mewn perygl byth yn cyrraedd y trothwy: byddant yn cael eu nodi i&apos;w tynnu oddi ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="73"/>
        <source>This nominal is no longer in the file.</source>
        <translation>Nid yw&apos;r unigolyn hwn yn y ffeil mwyach.</translation>
    </message>
    <message>
        <source>Reloaded the saved record. Make your change again.</source>
        <translation type="vanished">Ail-lwythwyd y cofnod a gadwyd. Gwnewch eich newid eto.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="131"/>
        <source>Write the date as YYYY-MM-DD, or leave it empty when not known.</source>
        <translation>Ysgrifennwch y dyddiad fel YYYY-MM-DD, neu gadewch ef yn wag pan nad yw&apos;n hysbys.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="137"/>
        <source>A harm score is a whole number, or empty when not recorded.</source>
        <translation>Mae sgôr niwed yn rhif cyfan, neu&apos;n wag pan nad yw wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="140"/>
        <source>Say briefly why you are making this change.</source>
        <translation>Dywedwch yn fyr pam rydych yn gwneud y newid hwn.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListModel</name>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="52"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="54"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="56"/>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="58"/>
        <source>Classification</source>
        <translation>Dosbarthiad</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="60"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="62"/>
        <source>Threshold</source>
        <translation>Trothwy</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="64"/>
        <source>Review due</source>
        <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="66"/>
        <source>Reasons</source>
        <translation>Rhesymau</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="71"/>
        <source>Age today; people under 18 are marked as juveniles.</source>
        <translation>Oed heddiw; mae pobl dan 18 wedi&apos;u marcio&apos;n bobl ifanc.</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="73"/>
        <source>This column cannot be sorted in this list.</source>
        <translation>Ni ellir trefnu&apos;r golofn hon yn y rhestr hon.</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="253"/>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="254"/>
        <source>%1 juvenile</source>
        <translation>%1 (ifanc)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="262"/>
        <source>Below threshold, awaiting sign-off</source>
        <translation>Islaw&apos;r trothwy, yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="263"/>
        <source>Awaiting sign-off</source>
        <translation>Yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="264"/>
        <source>Below threshold</source>
        <translation>Islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="264"/>
        <source>Meets threshold</source>
        <translation>Yn ei gyrraedd</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="267"/>
        <source>Overdue (no dates)</source>
        <translation>Yn hwyr (dim dyddiadau)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="268"/>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="284"/>
        <source>A removal awaits a supervisor&apos;s sign-off; until then this person is restricted (left out of anything shared outside the force).</source>
        <translation>Mae cynnig i dynnu oddi ar y rhestr yn aros am gymeradwyaeth goruchwyliwr; tan hynny mae&apos;r person hwn yn gyfyngedig (wedi&apos;i adael allan o unrhyw beth a rennir y tu allan i&apos;r heddlu).</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="289"/>
        <source>Juvenile: under 18 today.</source>
        <translation>Person ifanc: dan 18 heddiw.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListView</name>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="48"/>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation>Chwilio yn ôl enw neu gyfeirnod (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="50"/>
        <source>Search this list</source>
        <translation>Chwilio&apos;r rhestr hon</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="54"/>
        <source>F&amp;ind:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="79"/>
        <source>All nominals</source>
        <translation>Pob unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="81"/>
        <source>Nominals below the threshold</source>
        <translation>Unigolion islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="82"/>
        <source>Nominals due for review</source>
        <translation>Unigolion sy&apos;n ddyledus i&apos;w hadolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="91"/>
        <source>%1 juvenile</source>
        <translation>%1 (ifanc)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="95"/>
        <source>Below threshold</source>
        <translation>Islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="97"/>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="237"/>
        <source>Evaluating every nominal against the threshold… %1%</source>
        <translation>Yn gwerthuso pob unigolyn yn erbyn y trothwy… %1%</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="247"/>
        <source>Evaluating…</source>
        <translation>Yn gwerthuso…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="249"/>
        <source>First %1 matches</source>
        <translation>Y %1 cyfatebiaeth gyntaf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/NominalListView.cpp" line="251"/>
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
        <location filename="../ui/main/NominalListView.cpp" line="252"/>
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
        <location filename="../ui/main/NominalListView.cpp" line="260"/>
        <source>Everyone on the list.</source>
        <translation>Pawb ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="263"/>
        <source>Below the threshold: flagged for removal and restricted until a supervisor decides.</source>
        <translation>Islaw&apos;r trothwy: wedi&apos;u nodi i&apos;w tynnu oddi ar y rhestr ac wedi&apos;u cyfyngu nes i oruchwyliwr benderfynu.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="267"/>
        <source>Due for review today or overdue; below-threshold nominals first, then the most overdue.</source>
        <translation>Yn ddyledus i&apos;w hadolygu heddiw neu&apos;n hwyr; unigolion islaw&apos;r trothwy yn gyntaf, yna&apos;r rhai mwyaf hwyr.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="275"/>
        <source>Showing the first %1 matches: type more to narrow the search.</source>
        <translation>Yn dangos y %1 cyfatebiaeth gyntaf: teipiwch ragor i gyfyngu&apos;r chwilio.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::OpenFlow</name>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="103"/>
        <source>Open case file</source>
        <translation>Agor ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="104"/>
        <source>Case files (*.corroborate);;All files (*)</source>
        <translation>Ffeiliau achos (*.corroborate);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="113"/>
        <source>New case file</source>
        <translation>Ffeil achos newydd</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="115"/>
        <source>Case files (*.corroborate)</source>
        <translation>Ffeiliau achos (*.corroborate)</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="132"/>
        <source>Already open</source>
        <translation>Ar agor eisoes</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="133"/>
        <source>%1 is the case file open in this window.</source>
        <translation>%1 yw&apos;r ffeil achos sydd ar agor yn y ffenestr hon.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="140"/>
        <source>Not a case file</source>
        <translation>Nid yw&apos;n ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="172"/>
        <source>Open in another copy</source>
        <translation>Ar agor mewn copi arall</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="173"/>
        <source>%1 is also open in another copy of Corroborate: %2.</source>
        <translation>Mae %1 hefyd ar agor mewn copi arall o Corroborate: %2.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="175"/>
        <source>%1 is also open in another copy of Corroborate.</source>
        <translation>Mae %1 hefyd ar agor mewn copi arall o Corroborate.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="178"/>
        <source>You can work in both: a change made in one copy is never silently overwritten from the other.</source>
        <translation>Gallwch weithio yn y ddau: ni fydd newid a wneir mewn un copi byth yn cael ei drosysgrifo&apos;n dawel o&apos;r llall.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="215"/>
        <source>Cannot open the case file</source>
        <translation>Methu agor y ffeil achos</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::OversightView</name>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="47"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="80"/>
        <source>&amp;As at:</source>
        <translation>&amp;Fel ar:</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="83"/>
        <source>As at date</source>
        <translation>Y dyddiad &apos;fel ar&apos;</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="87"/>
        <source>&amp;Show report</source>
        <translation>&amp;Dangos yr adroddiad</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="89"/>
        <source>Show the report as at this date</source>
        <translation>Dangos yr adroddiad fel ar y dyddiad hwn</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="90"/>
        <source>Save as &amp;PDF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="92"/>
        <source>Save the report as PDF</source>
        <translation>Cadw&apos;r adroddiad fel PDF</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="93"/>
        <source>Export &amp;CSV…</source>
        <translation>Allforio &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="95"/>
        <source>Export the report&apos;s tables as CSV</source>
        <translation>Allforio tablau&apos;r adroddiad fel CSV</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="98"/>
        <source>Progress of the report</source>
        <translation>Cynnydd yr adroddiad</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="113"/>
        <source>Counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and figures from which one could be worked back are &quot;suppressed&quot;, as in print.</source>
        <translation>Dangosir cyfrifon o 1 i 4 fel &quot;llai na 5&quot;, a ffigurau y gellid gweithio&apos;n ôl ohonynt fel &quot;wedi&apos;u hatal&quot;, fel mewn print.</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="123"/>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="123"/>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="124"/>
        <source>Totals</source>
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="131"/>
        <source>Chart: listed by ethnic group beside the baseline</source>
        <translation>Siart: ar y rhestr yn ôl grŵp ethnig wrth ymyl y llinell sylfaen</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="138"/>
        <source>Charts and tables of the oversight report</source>
        <translation>Siartiau a thablau&apos;r adroddiad goruchwylio</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="141"/>
        <source>Chart: additions and removals by month</source>
        <translation>Siart: ychwanegu at y rhestr a thynnu oddi arni, fesul mis</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="191"/>
        <source>As at %1</source>
        <translation>Fel ar %1</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="203"/>
        <source>Working out the report…</source>
        <translation>Yn cyfrifo&apos;r adroddiad…</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="235"/>
        <source>The report could not be made: %1</source>
        <translation>Ni ellid llunio&apos;r adroddiad: %1</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="250"/>
        <source>The report is not shown: its consultation could not be logged. %1</source>
        <translation>Nid yw&apos;r adroddiad yn cael ei ddangos: ni ellid cofnodi yn y log eich bod wedi edrych arno. %1</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="259"/>
        <source>As at %1 under threshold policy version %2. Counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and figures from which one could be worked back are &quot;suppressed&quot;, as in print.</source>
        <translation>Fel ar %1 o dan fersiwn %2 o&apos;r polisi trothwy. Dangosir cyfrifon o 1 i 4 fel &quot;llai na 5&quot;, a ffigurau y gellid gweithio&apos;n ôl ohonynt fel &quot;wedi&apos;u hatal&quot;, fel mewn print.</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="281"/>
        <source>Additions and removals by month</source>
        <translation>Ychwanegu at y rhestr a thynnu oddi arni, fesul mis</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="291"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="318"/>
        <source>Listed by ethnic group, and the population (%)</source>
        <translation>Ar y rhestr yn ôl grŵp ethnig, a&apos;r boblogaeth (%)</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="319"/>
        <source>Listed, %</source>
        <translation>Ar y rhestr, %</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="320"/>
        <source>Population baseline, %</source>
        <translation>Llinell sylfaen y boblogaeth, %</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="335"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="364"/>
        <source>Additions and removals by month (hidden figures left out)</source>
        <translation>Ychwanegu at y rhestr a thynnu oddi arni, fesul mis (heb y ffigurau cudd)</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="366"/>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="368"/>
        <source>Removed</source>
        <translation>Tynnwyd</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="412"/>
        <source>Save the oversight report as PDF</source>
        <translation>Cadw&apos;r adroddiad goruchwylio fel PDF</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="414"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="422"/>
        <location filename="../ui/oversight/OversightView.cpp" line="439"/>
        <source>Report not saved</source>
        <translation>Ni chadwyd yr adroddiad</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="426"/>
        <source>Making the PDF…</source>
        <translation>Yn creu&apos;r PDF…</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="437"/>
        <source>Saved %1.</source>
        <translation>Cadwyd %1.</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="453"/>
        <source>Export the oversight report&apos;s tables as CSV into a new folder</source>
        <translation>Allforio tablau&apos;r adroddiad goruchwylio fel CSV i ffolder newydd</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="454"/>
        <source>Folder (*)</source>
        <translation>Ffolder (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oversight/OversightView.cpp" line="460"/>
        <source>Wrote %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n ffeil CSV yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n ffeil CSV yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n o ffeiliau CSV yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n o ffeiliau CSV yn %1.</numerusform>
            <numerusform>Ysgrifennwyd %n o ffeiliau CSV yn %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="463"/>
        <source>Tables not exported</source>
        <translation>Ni allforiwyd y tablau</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightExtension.cpp" line="26"/>
        <source>Oversight report</source>
        <translation>Adroddiad goruchwylio</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightExtension.cpp" line="33"/>
        <source>&amp;Oversight report</source>
        <translation>Adroddiad &amp;goruchwylio</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightExtension.cpp" line="35"/>
        <source>The list by status and group, additions and removals, rates against the population baseline</source>
        <translation>Y rhestr yn ôl statws a grŵp, ychwanegu at y rhestr a thynnu oddi arni, cyfraddau o&apos;u cymharu â llinell sylfaen y boblogaeth</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PackDialog</name>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="26"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="28"/>
        <source>Save the pack as a PDF file</source>
        <translation>Cadw&apos;r pecyn fel ffeil PDF</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="29"/>
        <source>Prin&amp;t…</source>
        <translation>Ar&amp;graffu…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="31"/>
        <source>Print the pack</source>
        <translation>Argraffu&apos;r pecyn</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="32"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="34"/>
        <source>Preview the pack; nothing is recorded</source>
        <translation>Rhagolwg o&apos;r pecyn; does dim yn cael ei gofnodi</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="40"/>
        <source>The selected nominal (none selected)</source>
        <translation>Yr unigolyn a ddewiswyd (dim wedi&apos;i ddewis)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="43"/>
        <source>The selected &amp;nominal, %1</source>
        <translation>Yr &amp;unigolyn a ddewiswyd, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackDialog.cpp" line="46"/>
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
        <location filename="../ui/packs/PackDialog.cpp" line="61"/>
        <source>&amp;Agreement:</source>
        <translation>Cytun&amp;deb:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="64"/>
        <source>Information-sharing agreement</source>
        <translation>Cytundeb rhannu gwybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="66"/>
        <source>Purpos&amp;e:</source>
        <translation>Di&amp;ben:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="69"/>
        <source>Purpose permitted by the agreement</source>
        <translation>Diben a ganiateir gan y cytundeb</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="74"/>
        <source>The agreement&apos;s recipient, basis and destroy-by</source>
        <translation>Derbynnydd, sail a dyddiad dinistrio erbyn y cytundeb</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="80"/>
        <source>Encr&amp;ypt the PDF (a password is shown once)</source>
        <translation>Amgr&amp;yptio&apos;r PDF (dangosir cyfrinair unwaith)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="82"/>
        <source>Encrypt the PDF with a new password</source>
        <translation>Amgryptio&apos;r PDF gyda chyfrinair newydd</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="116"/>
        <source>Pack language</source>
        <translation>Iaith y pecyn</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="122"/>
        <source>Pack lan&amp;guage:</source>
        <translation>&amp;Iaith y pecyn:</translation>
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
            <numerusform>Darperir i %1 o dan %2; sail gyfreithlon: %3. Rhaid i&apos;r derbynnydd ei ddinistrio o fewn %n diwrnod.</numerusform>
            <numerusform>Darperir i %1 o dan %2; sail gyfreithlon: %3. Rhaid i&apos;r derbynnydd ei ddinistrio o fewn %n diwrnod.</numerusform>
            <numerusform>Darperir i %1 o dan %2; sail gyfreithlon: %3. Rhaid i&apos;r derbynnydd ei ddinistrio o fewn %n diwrnod.</numerusform>
            <numerusform>Darperir i %1 o dan %2; sail gyfreithlon: %3. Rhaid i&apos;r derbynnydd ei ddinistrio o fewn %n diwrnod.</numerusform>
            <numerusform>Darperir i %1 o dan %2; sail gyfreithlon: %3. Rhaid i&apos;r derbynnydd ei ddinistrio o fewn %n diwrnod.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="236"/>
        <source>No information-sharing agreement is in force today, so no partner pack can be made. An administrator records agreements in the Agreements view.</source>
        <translation>Does dim cytundeb rhannu gwybodaeth mewn grym heddiw, felly ni ellir llunio pecyn partner. Mae gweinyddwr yn cofnodi cytundebau yn y golwg Cytundebau.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="282"/>
        <source>Required: say who will receive the pack.</source>
        <translation>Gofynnol: dywedwch pwy fydd yn derbyn y pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="284"/>
        <source>Required: the law that allows this sharing.</source>
        <translation>Gofynnol: y gyfraith sy&apos;n caniatáu&apos;r rhannu hwn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="285"/>
        <source>Required: what the pack is for.</source>
        <translation>Gofynnol: beth yw diben y pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="297"/>
        <source>Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, start with the interpretation notice, go under an information-sharing agreement and are saved encrypted, with a password shown once.</source>
        <translation>Mae pecynnau partner yn gadael allan unigolion cyfyngedig (islaw&apos;r trothwy neu&apos;n aros am benderfyniad ar eu tynnu oddi ar y rhestr) a manylion cudd-wybodaeth cod trin C, yn dechrau gyda&apos;r hysbysiad dehongli, yn mynd o dan gytundeb rhannu gwybodaeth ac yn cael eu cadw wedi&apos;u hamgryptio, gyda chyfrinair a ddangosir unwaith.</translation>
    </message>
    <message>
        <source>Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, and start with the interpretation notice.</source>
        <translation type="vanished">Mae pecynnau partner yn gadael allan unigolion cyfyngedig (islaw&apos;r trothwy neu&apos;n aros am benderfyniad ar eu tynnu oddi ar y rhestr) a manylion cudd-wybodaeth cod trin C, ac yn dechrau gyda&apos;r hysbysiad dehongli.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="301"/>
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
        <location filename="../ui/packs/PackFlow.cpp" line="211"/>
        <source>Reading the nominals…</source>
        <translation>Yn darllen yr unigolion…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="230"/>
        <source>No nominal is due for review by %1: there is nothing to put in a pack.</source>
        <translation>Does dim unigolyn yn ddyledus i&apos;w adolygu erbyn %1: does dim i&apos;w roi mewn pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="233"/>
        <source>No nominal is flagged: there is nothing to put in a pack.</source>
        <translation>Does dim unigolyn wedi&apos;i nodi: does dim i&apos;w roi mewn pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="236"/>
        <location filename="../ui/packs/PackFlow.cpp" line="241"/>
        <source>Review pack</source>
        <translation>Pecyn adolygu</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="244"/>
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
        <location filename="../ui/packs/PackFlow.cpp" line="254"/>
        <source>Save review pack as PDF</source>
        <translation>Cadw&apos;r pecyn adolygu fel PDF</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="255"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="257"/>
        <source>Not saved: no file was chosen. Nothing was recorded.</source>
        <translation>Heb ei gadw: ni ddewiswyd ffeil. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="265"/>
        <location filename="../ui/packs/PackFlow.cpp" line="287"/>
        <location filename="../ui/packs/PackFlow.cpp" line="326"/>
        <source>Pack not saved</source>
        <translation>Pecyn heb ei gadw</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="272"/>
        <source>Making pack %1 as a PDF…</source>
        <translation>Yn llunio pecyn %1 fel PDF…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="281"/>
        <source>Cancelled: no file was saved and nothing was recorded.</source>
        <translation>Wedi&apos;i ganslo: ni chadwyd ffeil ac ni chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="288"/>
        <source>The pack could not be made: %1. Nothing was saved or recorded.</source>
        <translation>Ni ellid llunio&apos;r pecyn: %1. Ni chadwyd na chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="289"/>
        <location filename="../ui/packs/PackFlow.cpp" line="382"/>
        <source>the file was closed</source>
        <translation>caewyd y ffeil</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="302"/>
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
        <location filename="../ui/packs/PackFlow.cpp" line="305"/>
        <location filename="../ui/packs/PackFlow.cpp" line="395"/>
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
        <location filename="../ui/packs/PackFlow.cpp" line="311"/>
        <source>Pack saved</source>
        <translation>Pecyn wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="343"/>
        <source>Print review pack</source>
        <translation>Argraffu pecyn adolygu</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="348"/>
        <source>Not printed. Nothing was recorded.</source>
        <translation>Heb ei argraffu. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="354"/>
        <source>Printing pack %1…</source>
        <translation>Yn argraffu pecyn %1…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="373"/>
        <source>Printing cancelled. Nothing was recorded; pages already sent to the printer may need collecting.</source>
        <translation>Canslwyd yr argraffu. Ni chofnodwyd dim; efallai y bydd angen casglu tudalennau a anfonwyd eisoes i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="380"/>
        <location filename="../ui/packs/PackFlow.cpp" line="406"/>
        <source>Pack not printed</source>
        <translation>Pecyn heb ei argraffu</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="381"/>
        <source>The pack could not be printed: %1.</source>
        <translation>Ni ellid argraffu&apos;r pecyn: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="392"/>
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
        <location filename="../ui/packs/PackFlow.cpp" line="401"/>
        <source>Pack printed</source>
        <translation>Pecyn wedi&apos;i argraffu</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="421"/>
        <source>Preview of pack %1 (nothing is recorded)</source>
        <translation>Rhagolwg o becyn %1 (does dim yn cael ei gofnodi)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="427"/>
        <source>Laying out the preview…</source>
        <translation>Yn gosod y rhagolwg…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="427"/>
        <location filename="../ui/packs/PackFlow.cpp" line="457"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="429"/>
        <source>Preparing the preview</source>
        <translation>Paratoi&apos;r rhagolwg</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="430"/>
        <source>Preview progress</source>
        <translation>Cynnydd y rhagolwg</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="446"/>
        <source>Preview closed. Nothing was recorded.</source>
        <translation>Caewyd y rhagolwg. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="459"/>
        <source>Making the review pack</source>
        <translation>Llunio&apos;r pecyn adolygu</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="460"/>
        <source>Pack progress</source>
        <translation>Cynnydd y pecyn</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="469"/>
        <source>Cancelling… nothing will be saved or recorded.</source>
        <translation>Yn canslo… ni fydd dim yn cael ei gadw na&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="523"/>
        <source>Laying out the pages…</source>
        <translation>Yn gosod y tudalennau…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="523"/>
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
        <location filename="../ui/open/OpenPages.cpp" line="174"/>
        <source>Unlock the case file</source>
        <translation>Datgloi&apos;r ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="181"/>
        <source>Case file passphrase</source>
        <translation>Cyfrinymadrodd y ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="182"/>
        <source>Case &amp;passphrase:</source>
        <translation>Cyfrinymadrodd yr a&amp;chos:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="192"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="194"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="211"/>
        <source>Enter the passphrase of %1.</source>
        <translation>Rhowch gyfrinymadrodd %1.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="222"/>
        <source>Enter the case file&apos;s passphrase.</source>
        <translation>Rhowch gyfrinymadrodd y ffeil achos.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="227"/>
        <source>Opening %1…</source>
        <translation>Yn agor %1…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="19"/>
        <source>Password for pack %1</source>
        <translation>Cyfrinair pecyn %1</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="20"/>
        <source>Password for the encrypted pack</source>
        <translation>Cyfrinair y pecyn wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="22"/>
        <source>Pack %1 was saved encrypted (AES-256). It opens only with this password. Send the password to %2 by another channel than the file (for example by telephone). It is shown only now: Corroborate does not keep it.</source>
        <translation>Cadwyd pecyn %1 wedi&apos;i amgryptio (AES-256). Dim ond gyda&apos;r cyfrinair hwn y mae&apos;n agor. Anfonwch y cyfrinair at %2 drwy sianel wahanol i&apos;r ffeil (er enghraifft dros y ffôn). Dim ond nawr y caiff ei ddangos: nid yw Corroborate yn ei gadw.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="25"/>
        <source>the recipient</source>
        <translation>y derbynnydd</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="28"/>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="31"/>
        <source>Pack password</source>
        <translation>Cyfrinair y pecyn</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="36"/>
        <source>&amp;Copy</source>
        <translation>C&amp;opïo</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="38"/>
        <source>Copy the password to the clipboard</source>
        <translation>Copïo&apos;r cyfrinair i&apos;r clipfwrdd</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PasswordFields</name>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="38"/>
        <source>Caps Lock is on</source>
        <translation>Mae Caps Lock ymlaen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="40"/>
        <source>Caps Lock is on: passwords are case-sensitive.</source>
        <translation>Mae Caps Lock ymlaen: mae cyfrineiriau&apos;n sensitif i briflythrennau.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="45"/>
        <location filename="../ui/widgets/PasswordFields.cpp" line="57"/>
        <source>Show the password</source>
        <translation>Dangos y cyfrinair</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="48"/>
        <source>Show the password as you type it (Alt+F8)</source>
        <translation>Dangos y cyfrinair wrth i chi ei deipio (Alt+F8)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="57"/>
        <source>Hide the password</source>
        <translation>Cuddio&apos;r cyfrinair</translation>
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
        <location filename="../ui/signoff/ProposeDialog.cpp" line="42"/>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="85"/>
        <source>Propose removal</source>
        <translation>Cynnig tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="46"/>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="53"/>
        <source>Reason for removal</source>
        <translation>Rheswm dros dynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="55"/>
        <source>Choose a reason…</source>
        <translation>Dewiswch reswm…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="60"/>
        <source>Note for the supervisor</source>
        <translation>Nodyn i&apos;r goruchwyliwr</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="70"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="72"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="76"/>
        <source>A note is required when the reason is “Other”. While the proposal waits for a supervisor, the nominal is restricted: left out of partner packs and anything shared outside the force.</source>
        <translation>Mae angen nodyn pan mai “Arall” yw&apos;r rheswm. Tra bydd y cynnig yn aros am oruchwyliwr, mae&apos;r unigolyn yn gyfyngedig: caiff ei adael allan o becynnau partner ac unrhyw beth a rennir y tu allan i&apos;r heddlu.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="83"/>
        <source>&amp;Propose removal</source>
        <translation>&amp;Cynnig tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="86"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="107"/>
        <source>This nominal is no longer in the case file.</source>
        <translation>Nid yw&apos;r unigolyn hwn yn y ffeil achos mwyach.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="129"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="130"/>
        <source>Below the threshold: %1</source>
        <translation>Islaw&apos;r trothwy: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="131"/>
        <source>Meets the threshold today.</source>
        <translation>Yn cyrraedd y trothwy heddiw.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="140"/>
        <source>A removal proposal for %1 is already waiting for a supervisor.</source>
        <translation>Mae cynnig i dynnu %1 oddi ar y rhestr eisoes yn aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="169"/>
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
    <name>corroborate::ui::RestrictedView</name>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="24"/>
        <location filename="../ui/rights/RestrictedView.cpp" line="34"/>
        <source>Restricted nominals</source>
        <translation>Unigolion cyfyngedig</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="26"/>
        <source>Processing of these nominals is restricted instead of erasure (Data Protection Act 2018, section 47): they are out of the review queue and every pack, and cannot be proposed for removal or erased until a supervisor lifts the restriction.</source>
        <translation>Mae prosesu&apos;r unigolion hyn wedi&apos;i gyfyngu yn lle eu dileu (Deddf Diogelu Data 2018, adran 47): maent allan o&apos;r ciw adolygu a phob pecyn, ac ni ellir cynnig eu tynnu oddi ar y rhestr na&apos;u dileu nes i oruchwyliwr godi&apos;r cyfyngiad.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="31"/>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Restricted by</source>
        <translation>Cyfyngwyd gan</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="69"/>
        <source>PAST ITS DATE: look at it again</source>
        <translation>WEDI PASIO&apos;I DDYDDIAD: edrychwch arno eto</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="79"/>
        <source>No nominal is restricted.</source>
        <translation>Does dim unigolyn wedi&apos;i gyfyngu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/RestrictedView.cpp" line="80"/>
        <location filename="../ui/rights/RestrictedView.cpp" line="97"/>
        <source>%n nominal(s) restricted</source>
        <translation>
            <numerusform>%n unigolyn wedi&apos;i gyfyngu</numerusform>
            <numerusform>%n unigolyn wedi&apos;i gyfyngu</numerusform>
            <numerusform>%n o unigolion wedi&apos;u cyfyngu</numerusform>
            <numerusform>%n o unigolion wedi&apos;u cyfyngu</numerusform>
            <numerusform>%n o unigolion wedi&apos;u cyfyngu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/RestrictedView.cpp" line="81"/>
        <source>%n past its date.</source>
        <translation>
            <numerusform>%n wedi pasio&apos;i ddyddiad.</numerusform>
            <numerusform>%n wedi pasio&apos;i ddyddiad.</numerusform>
            <numerusform>%n wedi pasio&apos;u dyddiad.</numerusform>
            <numerusform>%n wedi pasio&apos;u dyddiad.</numerusform>
            <numerusform>%n wedi pasio&apos;u dyddiad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="53"/>
        <source>Restrict processing</source>
        <translation>Cyfyngu ar brosesu</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="63"/>
        <source>Why %1 is restricted instead of erased:</source>
        <translation>Pam mae %1 wedi&apos;i gyfyngu yn lle ei ddileu:</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="67"/>
        <source>Until (YYYY-MM-DD; it is flagged once past):</source>
        <translation>Tan (YYYY-MM-DD; caiff ei nodi unwaith y bydd wedi pasio):</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="72"/>
        <source>A note (required):</source>
        <translation>Nodyn (gofynnol):</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="80"/>
        <source>Choose one of the reasons offered.</source>
        <translation>Dewiswch un o&apos;r rhesymau a gynigir.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="92"/>
        <source>Lift restriction</source>
        <translation>Codi&apos;r cyfyngiad</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="98"/>
        <source>Why the restriction of %1 is lifted:</source>
        <translation>Pam mae cyfyngiad %1 yn cael ei godi:</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="146"/>
        <source>Restricted</source>
        <translation>Cyfyngedig</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="159"/>
        <source>Restrict &amp;processing…</source>
        <translation>Cyfyngu ar &amp;brosesu…</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="161"/>
        <source>Restrict the selected nominal instead of erasing it (supervisors)</source>
        <translation>Cyfyngu ar yr unigolyn a ddewiswyd yn lle ei ddileu (goruchwylwyr)</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="163"/>
        <source>&amp;Lift restriction…</source>
        <translation>C&amp;odi&apos;r cyfyngiad…</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="166"/>
        <source>Lift the selected nominal&apos;s restriction (supervisors)</source>
        <translation>Codi cyfyngiad yr unigolyn a ddewiswyd (goruchwylwyr)</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ReviewView</name>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="66"/>
        <source>Review steps</source>
        <translation>Camau&apos;r adolygiad</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="67"/>
        <source>&amp;1 Identity and classification</source>
        <translation>&amp;1 Hunaniaeth a dosbarthiad</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="68"/>
        <source>&amp;2 Intelligence</source>
        <translation>&amp;2 Cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="69"/>
        <source>&amp;3 Threshold</source>
        <translation>&amp;3 Trothwy</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="70"/>
        <source>&amp;4 Decision</source>
        <translation>&amp;4 Penderfyniad</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="80"/>
        <source>Check that this is the right person and that the classification is right: only suspected offenders can meet the threshold.</source>
        <translation>Gwiriwch mai hwn yw&apos;r person cywir a bod y dosbarthiad yn gywir: dim ond troseddwyr a amheuir all gyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="87"/>
        <source>&amp;Edit details… (F2)</source>
        <translation>&amp;Golygu&apos;r manylion… (F2)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="99"/>
        <source>Check every item&apos;s grading and source. Add what is missing; correct what is wrong.</source>
        <translation>Gwiriwch raddio a ffynhonnell pob eitem. Ychwanegwch yr hyn sydd ar goll; cywirwch yr hyn sy&apos;n anghywir.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="107"/>
        <source>Intelligence</source>
        <translation>Cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="116"/>
        <source>&amp;Add item… (Ctrl+I)</source>
        <translation>&amp;Ychwanegu eitem… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="118"/>
        <source>&amp;Correct item… (Enter)</source>
        <translation>&amp;Cywiro eitem… (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="120"/>
        <source>Re&amp;move item…</source>
        <translation>&amp;Tynnu eitem…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="136"/>
        <source>Threshold result</source>
        <translation>Canlyniad y trothwy</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="141"/>
        <source>The threshold rule</source>
        <translation>Rheol y trothwy</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="153"/>
        <source>Reta&amp;in until:</source>
        <translation>Cadw ar y rhestr t&amp;an:</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="155"/>
        <source>&amp;Propose removal (a supervisor decides)</source>
        <translation>C&amp;ynnig tynnu oddi ar y rhestr (goruchwyliwr sy&apos;n penderfynu)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="157"/>
        <source>&amp;Defer this review</source>
        <translation>Goh&amp;irio&apos;r adolygiad hwn</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="166"/>
        <source>Retain until</source>
        <translation>Cadw ar y rhestr tan</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="174"/>
        <source>Reas&amp;on:</source>
        <translation>Rhe&amp;swm:</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="180"/>
        <source>Reason for the decision</source>
        <translation>Rheswm dros y penderfyniad</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="458"/>
        <source>Choose a decision first: retain, propose removal or defer.</source>
        <translation>Dewiswch benderfyniad yn gyntaf: cadw ar y rhestr, cynnig tynnu oddi ar y rhestr neu ohirio.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="459"/>
        <source>Choose a decision first: propose removal or defer.</source>
        <translation>Dewiswch benderfyniad yn gyntaf: cynnig tynnu oddi ar y rhestr neu ohirio.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="487"/>
        <source>Saved: %1 retained until %2.</source>
        <translation>Cadwyd y penderfyniad: cadw %1 ar y rhestr tan %2.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="490"/>
        <source>Saved: removal of %1 proposed; a supervisor decides.</source>
        <translation>Cadwyd y penderfyniad: cynigiwyd tynnu %1 oddi ar y rhestr; goruchwyliwr sy&apos;n penderfynu.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="493"/>
        <source>Saved: the review of %1 deferred.</source>
        <translation>Cadwyd y penderfyniad: gohiriwyd adolygiad %1.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="194"/>
        <source>Pa&amp;use session</source>
        <translation>&amp;Oedi&apos;r sesiwn</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="196"/>
        <source>&amp;Back</source>
        <translation>Yn ô&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="198"/>
        <source>Ne&amp;xt step</source>
        <translation>Y cam n&amp;esaf</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="200"/>
        <source>&amp;Save and next (Ctrl+Enter)</source>
        <translation>Cadw a&apos;r &amp;nesaf (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="281"/>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="298"/>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="317"/>
        <source>%1 is no longer in the file.</source>
        <translation>Nid yw %1 yn y ffeil mwyach.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="359"/>
        <source>juvenile (%1)</source>
        <translation>person ifanc (%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="377"/>
        <source>A removal proposal is already waiting for a supervisor.</source>
        <translation>Mae cynnig i dynnu oddi ar y rhestr eisoes yn aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="421"/>
        <source>The threshold is met. Retain until a date (at most one review interval ahead), or propose removal or defer with a reason.</source>
        <translation>Mae&apos;r trothwy wedi&apos;i gyrraedd. Cadwch ar y rhestr tan ddyddiad (un cyfnod adolygu ymlaen ar y mwyaf), neu cynigiwch ei dynnu oddi ar y rhestr neu gohiriwch gyda rheswm.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="423"/>
        <source>The threshold is not met, so this person cannot be retained: propose removal, or defer with a reason (for example, intelligence still to be recorded).</source>
        <translation>Nid yw&apos;r trothwy wedi&apos;i gyrraedd, felly ni ellir cadw&apos;r person hwn ar y rhestr: cynigiwch ei dynnu oddi ar y rhestr, neu gohiriwch gyda rheswm (er enghraifft, cudd-wybodaeth sydd eto i&apos;w chofnodi).</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="434"/>
        <source>No longer involved with the group</source>
        <translation>Nid yw&apos;n ymwneud â&apos;r grŵp mwyach</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="439"/>
        <source>Waiting for intelligence from a partner agency</source>
        <translation>Yn aros am gudd-wybodaeth gan asiantaeth bartner</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="440"/>
        <source>Identity to be confirmed</source>
        <translation>Hunaniaeth i&apos;w chadarnhau</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="440"/>
        <source>Panel meeting to decide</source>
        <translation>Cyfarfod panel i benderfynu</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="444"/>
        <source>Optional note</source>
        <translation>Nodyn dewisol</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="444"/>
        <source>Required</source>
        <translation>Gofynnol</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="29"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="35"/>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="vanished">Byth</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="30"/>
        <source>Lock after this many idle minutes</source>
        <translation>Cloi ar ôl hyn o funudau segur</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="31"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Cloi pan fydd yn segur am:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="36"/>
        <source>Longest idle time this case file allows, in minutes</source>
        <translation>Yr amser segur hiraf y mae&apos;r ffeil achos hon yn ei ganiatáu, mewn munudau</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="38"/>
        <source>Nobody using this case file can choose a longer idle time before it locks.</source>
        <translation>Ni all neb sy&apos;n defnyddio&apos;r ffeil achos hon ddewis amser segur hirach cyn iddi gloi.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="39"/>
        <source>Longest allowed in this case &amp;file:</source>
        <translation>Yr hiraf a ganiateir yn y &amp;ffeil achos hon:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="45"/>
        <source>At most %1 min: the longest idle time this case file allows.</source>
        <translation>%1 munud ar y mwyaf: yr amser segur hiraf y mae&apos;r ffeil achos hon yn ei ganiatáu.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="50"/>
        <source>System</source>
        <translation>Y system</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="51"/>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="52"/>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="53"/>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="55"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="56"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="59"/>
        <source>The system&apos;s language</source>
        <translation>Iaith y system</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="63"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="64"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="67"/>
        <source>A new language takes effect the next time Corroborate starts. A pack can be made in either language: choose it in the pack dialog.</source>
        <translation>Mae iaith newydd yn dod i rym y tro nesaf y bydd Corroborate yn cychwyn. Gellir llunio pecyn yn y naill iaith neu&apos;r llall: dewiswch hi yn ffenestr y pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="78"/>
        <source>Open a case file to see its protective marking.</source>
        <translation>Agorwch ffeil achos i weld ei marc diogelu.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="80"/>
        <source>Printed at the top and bottom of every page of this case file&apos;s packs, and shown on every screen.</source>
        <translation>Wedi&apos;i argraffu ar frig a gwaelod pob tudalen o becynnau&apos;r ffeil achos hon, ac yn cael ei ddangos ar bob sgrin.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="82"/>
        <source>Only an administrator can change the case file&apos;s marking.</source>
        <translation>Dim ond gweinyddwr all newid marc y ffeil achos.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="83"/>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="84"/>
        <source>&amp;Protective marking:</source>
        <translation>&amp;Marc diogelu:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86"/>
        <source>If your desktop uses a dark theme, choose Dark here.</source>
        <translation>Os yw eich bwrdd gwaith yn defnyddio thema dywyll, dewiswch Tywyll yma.</translation>
    </message>
    <message>
        <source>Qt cannot tell whether the system uses a dark theme: choose Dark here if it does.</source>
        <translation type="vanished">Ni all Qt ddweud a yw&apos;r system yn defnyddio thema dywyll: dewiswch Tywyll yma os ydyw.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="33"/>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="35"/>
        <source>Everything in Corroborate can be done from the keyboard. Alt with an underlined letter chooses a menu, a field or a button.</source>
        <translation>Gellir gwneud popeth yn Corroborate o&apos;r bysellfwrdd. Mae Alt gyda llythyren wedi&apos;i thanlinellu yn dewis dewislen, maes neu fotwm.</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="44"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="44"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="44"/>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="61"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="62"/>
        <source>Password fields</source>
        <translation>Meysydd cyfrinair</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="66"/>
        <source>Go to step 1 to 4</source>
        <translation>Mynd i gam 1 i 4</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="67"/>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="70"/>
        <source>Next step / previous step</source>
        <translation>Y cam nesaf / y cam blaenorol</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="73"/>
        <source>Save the decision and go to the next nominal</source>
        <translation>Cadw&apos;r penderfyniad a mynd i&apos;r unigolyn nesaf</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="75"/>
        <source>Edit the nominal&apos;s details</source>
        <translation>Golygu manylion yr unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="76"/>
        <source>Add an intelligence item</source>
        <translation>Ychwanegu eitem cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="78"/>
        <source>Show or hide the password</source>
        <translation>Dangos neu guddio&apos;r cyfrinair</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="95"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignInPage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="252"/>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="259"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="262"/>
        <source>Your password</source>
        <translation>Eich cyfrinair</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="263"/>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="264"/>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="274"/>
        <source>&amp;Close file</source>
        <translation>Ca&amp;u&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="276"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="299"/>
        <source>%1 is open. It holds synthetic demonstration data. Sign in with your own user name and password.</source>
        <translation>Mae %1 ar agor. Mae&apos;n cynnwys data arddangos synthetig. Mewngofnodwch gyda&apos;ch enw defnyddiwr a&apos;ch cyfrinair eich hun.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="302"/>
        <source>%1 is open. Sign in with your own user name and password.</source>
        <translation>Mae %1 ar agor. Mewngofnodwch gyda&apos;ch enw defnyddiwr a&apos;ch cyfrinair eich hun.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="314"/>
        <source>Enter your user name.</source>
        <translation>Rhowch eich enw defnyddiwr.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="319"/>
        <source>Enter your password.</source>
        <translation>Rhowch eich cyfrinair.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="324"/>
        <source>Signing in…</source>
        <translation>Yn mewngofnodi…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignOffView</name>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="101"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="35"/>
        <source>Awaiting sign-off</source>
        <translation>I&apos;w cymeradwyo</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="37"/>
        <source>Removals &amp;awaiting sign-off</source>
        <translation>Tynnu oddi ar y rhestr yn &amp;aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="39"/>
        <source>Removal proposals awaiting sign-off</source>
        <translation>Cynigion i dynnu oddi ar y rhestr sy&apos;n aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="46"/>
        <source>A&amp;pprove…</source>
        <translation>C&amp;ymeradwyo…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="48"/>
        <source>Approve the selected proposal</source>
        <translation>Cymeradwyo&apos;r cynnig a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="49"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;Gwrthod…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="51"/>
        <source>Reject the selected proposal</source>
        <translation>Gwrthod y cynnig a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="52"/>
        <source>&amp;Open record</source>
        <translation>Agor y c&amp;ofnod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="54"/>
        <source>Open the selected nominal&apos;s record in the details panel</source>
        <translation>Agor cofnod yr unigolyn a ddewiswyd yn y panel manylion</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="61"/>
        <source>&amp;Flagged with no removal proposal</source>
        <translation>Wedi&apos;u &amp;nodi heb gynnig i&apos;w tynnu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="63"/>
        <source>Flagged nominals with no removal proposal</source>
        <translation>Unigolion wedi&apos;u nodi heb gynnig i&apos;w tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="69"/>
        <source>Propose re&amp;moval…</source>
        <translation>Cynnig &amp;tynnu oddi ar y rhestr…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="71"/>
        <source>Propose the removal of the selected flagged nominal</source>
        <translation>Cynnig tynnu&apos;r unigolyn a ddewiswyd ac a nodwyd oddi ar y rhestr</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="129"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="274"/>
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
        <location filename="../ui/signoff/SignOffView.cpp" line="131"/>
        <source>Could not load the proposals: %1</source>
        <translation>Methu llwytho&apos;r cynigion: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="134"/>
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
        <location filename="../ui/signoff/SignOffView.cpp" line="155"/>
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
        <location filename="../ui/signoff/SignOffView.cpp" line="159"/>
        <source>Could not load the flagged nominals: %1</source>
        <translation>Methu llwytho&apos;r unigolion a nodwyd: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="199"/>
        <source>The removal of %1 is approved and signed. The person has been erased; the erasure register keeps the reference and the signed decision.</source>
        <translation>Mae tynnu %1 oddi ar y rhestr wedi&apos;i gymeradwyo a&apos;i lofnodi. Mae&apos;r person wedi&apos;i ddileu; mae&apos;r gofrestr dileu yn cadw&apos;r cyfeirnod a&apos;r penderfyniad wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="203"/>
        <source>The removal of %1 is approved and signed. Its erasure is pending.</source>
        <translation>Mae tynnu %1 oddi ar y rhestr wedi&apos;i gymeradwyo a&apos;i lofnodi. Mae ei ddileu yn aros.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="209"/>
        <source>Other nominals&apos; intelligence mentions the erased person. It was not changed; edit it in review:</source>
        <translation>Mae cudd-wybodaeth unigolion eraill yn sôn am y person a ddilëwyd. Ni chafodd ei newid; golygwch hi wrth adolygu:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="212"/>
        <source>Removal approved</source>
        <translation>Cymeradwywyd tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="220"/>
        <source>The proposal for %1 was rejected and sent back to the proposer.</source>
        <translation>Gwrthodwyd y cynnig ar gyfer %1 a&apos;i anfon yn ôl at y cynigydd.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="250"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation>Cynigiwyd tynnu %1 oddi ar y rhestr; mae&apos;n aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="118"/>
        <source>Propose &amp;removal…</source>
        <translation>Cynnig &amp;tynnu oddi ar y rhestr…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="121"/>
        <source>Propose removing the selected nominal from the list</source>
        <translation>Cynnig tynnu&apos;r unigolyn a ddewiswyd oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="123"/>
        <source>&amp;Withdraw removal proposal</source>
        <translation>Tynnu&apos;r cynnig i dynnu oddi ar y rhestr yn ô&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="126"/>
        <source>Withdraw your own removal proposal for the selected nominal</source>
        <translation>Tynnu eich cynnig eich hun i dynnu&apos;r unigolyn a ddewiswyd oddi ar y rhestr yn ôl</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SubjectAccessView</name>
    <message numerus="yes">
        <location filename="../ui/rights/RightsParts.cpp" line="45"/>
        <source>Subject access: %n open, %1 overdue</source>
        <translation>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor, %1 yn hwyr</numerusform>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor, %1 yn hwyr</numerusform>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor, %1 yn hwyr</numerusform>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor, %1 yn hwyr</numerusform>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor, %1 yn hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/RightsParts.cpp" line="47"/>
        <source>Subject access: %n open</source>
        <translation>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor</numerusform>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor</numerusform>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor</numerusform>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor</numerusform>
            <numerusform>Ceisiadau gwrthrych am wybodaeth: %n ar agor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsParts.cpp" line="67"/>
        <source>Select a nominal in a list first.</source>
        <translation>Dewiswch unigolyn mewn rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="32"/>
        <source>Subject access requests</source>
        <translation>Ceisiadau gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="33"/>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="37"/>
        <source>A request must be answered within a calendar month of receipt (Data Protection Act 2018, section 45). While a request about a person is open, they cannot be erased (section 173).</source>
        <translation>Rhaid ateb cais o fewn mis calendr i&apos;w dderbyn (Deddf Diogelu Data 2018, adran 45). Tra bo cais am berson ar agor, ni ellir ei ddileu (adran 173).</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="43"/>
        <source>Open subject access requests</source>
        <translation>Ceisiadau gwrthrych am wybodaeth sydd ar agor</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="45"/>
        <source>&amp;Open a request…</source>
        <translation>&amp;Agor cais…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="47"/>
        <source>&amp;Withhold an item…</source>
        <translation>&amp;Dal eitem yn ôl…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="49"/>
        <source>&amp;Produce the response…</source>
        <translation>&amp;Llunio&apos;r ymateb…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="51"/>
        <source>&amp;Close with an outcome…</source>
        <translation>&amp;Cau gyda chanlyniad…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="53"/>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="145"/>
        <source>Open a subject access request</source>
        <translation>Agor cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="54"/>
        <source>Withhold an item from the selected request&apos;s response</source>
        <translation>Dal eitem yn ôl o&apos;r ymateb i&apos;r cais a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="55"/>
        <source>Produce the response to the selected request</source>
        <translation>Llunio&apos;r ymateb i&apos;r cais a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="56"/>
        <source>Close the selected request with an outcome</source>
        <translation>Cau&apos;r cais a ddewiswyd gyda chanlyniad</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="84"/>
        <source>Cannot read the requests: %1</source>
        <translation>Ni ellir darllen y ceisiadau: %1</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Clock</source>
        <translation>Cloc</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/SubjectAccessView.cpp" line="106"/>
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
            <numerusform>YN HWYR o %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/SubjectAccessView.cpp" line="107"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="110"/>
        <source>%1 (nothing held)</source>
        <translation>%1 (dim yn cael ei gadw)</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="117"/>
        <source>No request is open.</source>
        <translation>Does dim cais ar agor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/SubjectAccessView.cpp" line="118"/>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="306"/>
        <source>%n request(s) open</source>
        <translation>
            <numerusform>%n cais ar agor</numerusform>
            <numerusform>%n cais ar agor</numerusform>
            <numerusform>%n o geisiadau ar agor</numerusform>
            <numerusform>%n o geisiadau ar agor</numerusform>
            <numerusform>%n o geisiadau ar agor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/SubjectAccessView.cpp" line="119"/>
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n yn hwyr.</numerusform>
            <numerusform>%n yn hwyr.</numerusform>
            <numerusform>%n yn hwyr.</numerusform>
            <numerusform>%n yn hwyr.</numerusform>
            <numerusform>%n yn hwyr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="155"/>
        <source>The reference the request is about (it need not be in the file):</source>
        <translation>Y cyfeirnod y mae&apos;r cais yn ymwneud ag ef (nid oes rhaid iddo fod yn y ffeil):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="160"/>
        <source>The day it was received (YYYY-MM-DD):</source>
        <translation>Y diwrnod y&apos;i derbyniwyd (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="171"/>
        <source>Opened %1 about %2. It is due on %3.</source>
        <translation>Agorwyd %1 ynghylch %2. Mae&apos;n ddyledus ar %3.</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="174"/>
        <source>Opened %1. Nothing is held about %2: the response will say so. It is due on %3.</source>
        <translation>Agorwyd %1. Does dim yn cael ei gadw am %2: bydd yr ymateb yn dweud hynny. Mae&apos;n ddyledus ar %3.</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="190"/>
        <source>Withhold an item from %1</source>
        <translation>Dal eitem yn ôl o %1</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="199"/>
        <source>The item (its intelligence reference):</source>
        <translation>Yr eitem (ei chyfeirnod cudd-wybodaeth):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="206"/>
        <source>Why it is withheld (Data Protection Act 2018, section 45(4)):</source>
        <translation>Pam y caiff ei dal yn ôl (Deddf Diogelu Data 2018, adran 45(4)):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="214"/>
        <source>Choose one of the reasons section 45(4) allows.</source>
        <translation>Dewiswch un o&apos;r rhesymau a ganiateir gan adran 45(4).</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="218"/>
        <source>Withheld %1: %2.</source>
        <translation>Daliwyd %1 yn ôl: %2.</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="230"/>
        <source>Response to %1</source>
        <translation>Ymateb i %1</translation>
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
            <numerusform>Cadwyd yr ymateb (%1, %n tudalen) yn %2. Caiff ei gofnodi fel datgeliad i&apos;r person.</numerusform>
            <numerusform>Cadwyd yr ymateb (%1, %n tudalen) yn %2. Caiff ei gofnodi fel datgeliad i&apos;r person.</numerusform>
            <numerusform>Cadwyd yr ymateb (%1, %n o dudalennau) yn %2. Caiff ei gofnodi fel datgeliad i&apos;r person.</numerusform>
            <numerusform>Cadwyd yr ymateb (%1, %n o dudalennau) yn %2. Caiff ei gofnodi fel datgeliad i&apos;r person.</numerusform>
            <numerusform>Cadwyd yr ymateb (%1, %n o dudalennau) yn %2. Caiff ei gofnodi fel datgeliad i&apos;r person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="270"/>
        <source>Close %1</source>
        <translation>Cau %1</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="275"/>
        <source>The outcome:</source>
        <translation>Y canlyniad:</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="281"/>
        <source>What was done (required):</source>
        <translation>Beth a wnaed (gofynnol):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="286"/>
        <source>Choose one of the outcomes offered.</source>
        <translation>Dewiswch un o&apos;r canlyniadau a gynigir.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="28"/>
        <source>Add supplementary statement</source>
        <translation>Ychwanegu datganiad atodol</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="35"/>
        <source>The person&apos;s own statement about their record (%1), in their words. It is printed in every pack that includes them.</source>
        <translation>Datganiad y person ei hun am ei gofnod (%1), yn ei eiriau ei hun. Caiff ei argraffu ym mhob pecyn sy&apos;n ei gynnwys.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="44"/>
        <source>The statement is attached to %1.</source>
        <translation>Mae&apos;r datganiad wedi&apos;i atodi i %1.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="140"/>
        <source>Subject access</source>
        <translation>Ceisiadau gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="154"/>
        <source>Add supplementary &amp;statement…</source>
        <translation>Ychwanegu datganiad a&amp;todol…</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="156"/>
        <source>Attach the person&apos;s own statement to the selected nominal</source>
        <translation>Atodi datganiad y person ei hun i&apos;r unigolyn a ddewiswyd</translation>
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
        <translation>Agorwch ffeil achos i adolygu unigolion, neu crëwch un newydd.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="126"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;Agor ffeil achos…</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="129"/>
        <source>N&amp;ew case file…</source>
        <translation>Ffeil achos &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="135"/>
        <source>Re&amp;cent case files:</source>
        <translation>Ffeiliau achos &amp;diweddar:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="138"/>
        <source>Recent case files</source>
        <translation>Ffeiliau achos diweddar</translation>
    </message>
</context>
<context>
    <name>corroborate_cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>Usage: corroborate-cli COMMAND [ARGUMENTS]</source>
        <translation>Defnydd: corroborate-cli GORCHYMYN [YMRESYMIADAU]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="28"/>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Run &quot;corroborate-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Rhedwch &quot;corroborate-cli GORCHYMYN --help&quot; i weld dewisiadau gorchymyn.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>Exit codes: 0 success; 1 usage; 2 invalid input data; 3 authentication failed or not permitted; 4 not a case file, damaged or unsupported version; 5 verification failed; 6 conflict (in use, already exists, edited by someone else); 70 the system failed (disk full, file-size limit, I/O error).</source>
        <translation>Codau gadael: 0 llwyddiant; 1 defnydd; 2 data mewnbwn annilys; 3 methodd dilysu hunaniaeth neu dim caniatâd; 4 nid yw&apos;n ffeil achos, wedi&apos;i difrodi neu fersiwn heb ei chefnogi; 5 methodd y dilysu; 6 gwrthdaro (yn cael ei defnyddio, yn bodoli eisoes, wedi&apos;i golygu gan rywun arall); 70 methodd y system (disg yn llawn, terfyn maint ffeil, gwall I/O).</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 usage; 2 invalid input data; 3 authentication failed or not permitted; 4 not a case file, damaged or unsupported version; 5 verification failed; 6 conflict (in use, already exists, edited by someone else).</source>
        <translation type="vanished">Codau gadael: 0 llwyddiant; 1 defnydd; 2 data mewnbwn annilys; 3 methodd dilysu hunaniaeth neu dim caniatâd; 4 nid yw&apos;n ffeil achos, wedi&apos;i difrodi neu fersiwn heb ei chefnogi; 5 methodd y dilysu; 6 gwrthdaro (yn cael ei defnyddio, yn bodoli eisoes, wedi&apos;i golygu gan rywun arall).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="125"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Gorchymyn anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="134"/>
        <source>corroborate-cli %1: %2</source>
        <translation>corroborate-cli %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="139"/>
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
