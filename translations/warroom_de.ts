<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="9"/>
        <source>Declare incident</source>
        <translation>Vorfall ausrufen</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="19"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="25"/>
        <source>What customers are experiencing, e.g. &quot;Email drafting completion rate down to 75%&quot;</source>
        <translation>Was Kunden erleben, z. B. „Abschlussrate beim E-Mail-Entwurf auf 75 % gesunken“</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="30"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="39"/>
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="53"/>
        <source>Affected task t&amp;ype</source>
        <translation>Betroffener &amp;Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="86"/>
        <source>Detected &amp;at (UTC)</source>
        <translation>&amp;Erkannt um (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="59"/>
        <source>e.g. email drafting, contract review</source>
        <translation>z. B. E-Mail-Entwurf, Vertragsprüfung</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="64"/>
        <source>&amp;Users affected (%)</source>
        <translation>Betroffene &amp;Nutzer (%)</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="70"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="75"/>
        <source>&amp;Enterprise customers affected</source>
        <translation>Betroffene &amp;Unternehmenskunden</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="81"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="94"/>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <translation>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="100"/>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
</context>
<context>
    <name>SaveVoidsWarning</name>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="26"/>
        <source>Legal sign-off by %1 at %2</source>
        <translation>Rechtliche Freigabe durch %1 um %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="27"/>
        <source>IC approval by %1 at %2</source>
        <translation>IC-Genehmigung durch %1 um %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="30"/>
        <source>It goes back to draft and needs legal review, legal sign-off and IC approval again.</source>
        <translation>Er fällt auf „Entwurf“ zurück und braucht erneut rechtliche Prüfung, rechtliche Freigabe und IC-Genehmigung.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="32"/>
        <source>It goes back to draft and needs IC approval again.</source>
        <translation>Er fällt auf „Entwurf“ zurück und braucht erneut die IC-Genehmigung.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="35"/>
        <source>Draft #%1 is in legal review. Saving this edit takes it out of review.</source>
        <translation>Entwurf #%1 ist in rechtlicher Prüfung. Wenn Sie diese Änderung speichern, wird die Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="42"/>
        <source>Saving this edit voids what was given for draft #%1:</source>
        <translation>Wenn Sie diese Änderung speichern, wird Folgendes für Entwurf #%1 aufgehoben:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="60"/>
        <source>Saving voids the sign-off</source>
        <translation>Speichern hebt die Freigabe auf</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="63"/>
        <source>Save and void</source>
        <translation>Speichern und aufheben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="68"/>
        <source>War Room: incident war-room dashboard</source>
        <translation>War Room: Dashboard für den Vorfall-War-Room</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="73"/>
        <source>SQLite database file (default: %1).</source>
        <translation>SQLite-Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="78"/>
        <source>Work in the shared war room on this PostgreSQL server, postgresql://user@host:port/database (docs/shared-mode.md); default: WARROOM_SERVER, else the one chosen in Preferences.</source>
        <translation>Im gemeinsamen War Room auf diesem PostgreSQL-Server arbeiten, postgresql://user@host:port/database (docs/shared-mode.md); Standard: WARROOM_SERVER, sonst der in den Einstellungen gewählte.</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="85"/>
        <source>The schema of the shared war room on the server (default: WARROOM_SCHEMA, else %1).</source>
        <translation>Das Schema des gemeinsamen War Rooms auf dem Server (Standard: WARROOM_SCHEMA, sonst %1).</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="91"/>
        <source>Record changes as NAME for this run.</source>
        <translation>Änderungen in diesem Lauf als NAME protokollieren.</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="95"/>
        <source>Run this playbook file instead of the built-in one (docs/playbook-format.md).</source>
        <translation>Diese Playbook-Datei statt des integrierten Playbooks verwenden (docs/playbook-format.md).</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="101"/>
        <source>Start in the full-screen wall screen (docs/wall-screen.md).</source>
        <translation>Im Vollbild-Wandbildschirm starten (docs/wall-screen.md).</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="105"/>
        <source>Wall screen: show each incident for SECONDS when not all fit side by side (default %1).</source>
        <translation>Wandbildschirm: jeden Vorfall SECONDS Sekunden lang zeigen, wenn nicht alle nebeneinander passen (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="112"/>
        <source>Language of the user interface (one of: %1; default: WARROOM_LANG, else the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche (eine von: %1; Standard: WARROOM_LANG, sonst die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="134"/>
        <source>--wall-rotate takes whole seconds from 1 to 3600, not &quot;%1&quot;; for example --wall-rotate 30.</source>
        <translation>--wall-rotate erwartet ganze Sekunden von 1 bis 3600, nicht „%1“; zum Beispiel --wall-rotate 30.</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="153"/>
        <source>War Room cannot use the playbook</source>
        <translation>War Room kann das Playbook nicht verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="241"/>
        <source>War Room cannot tell who you are</source>
        <translation>War Room kann nicht feststellen, wer Sie sind</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="252"/>
        <source>warroom: nobody has said who uses War Room here: start it on a screen to give your name, or pass --as NAME.</source>
        <translation>warroom: Niemand hat angegeben, wer War Room hier verwendet: Starten Sie es auf einem Bildschirm, um Ihren Namen anzugeben, oder übergeben Sie --as NAME.</translation>
    </message>
</context>
<context>
    <name>warroom::AccountStore</name>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="95"/>
        <source>There is no key account %1.</source>
        <translation>Es gibt keinen Key Account %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="112"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>Der Autor darf nicht leer sein: Geben Sie an, wer die Änderung vorgenommen hat.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="121"/>
        <source>Nothing was imported; the file has %1 problem(s):</source>
        <translation>Es wurde nichts importiert; die Datei hat %1 Problem(e):</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="144"/>
        <source>&quot;%1&quot; is not in the people directory; import or add the CSM there first, or fix the name.</source>
        <translation>„%1“ ist nicht im Personenverzeichnis; importieren oder erfassen Sie den CSM dort zuerst, oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="200"/>
        <source>The database did not return the new account&apos;s id.</source>
        <translation>Die Datenbank hat die ID des neuen Kontos nicht zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>warroom::AccountTier</name>
    <message>
        <location filename="../src/core/calls/accounttier.cpp" line="12"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../src/core/calls/accounttier.cpp" line="13"/>
        <source>Mid-market</source>
        <translation>Mittelstand</translation>
    </message>
    <message>
        <location filename="../src/core/calls/accounttier.cpp" line="14"/>
        <source>SMB</source>
        <translation>KMU</translation>
    </message>
</context>
<context>
    <name>warroom::AnnouncementKind</name>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="12"/>
        <source>First announcement</source>
        <translation>Erste Mitteilung</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="13"/>
        <source>Progress update</source>
        <translation>Zwischenstand</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="14"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="15"/>
        <source>Email to affected customers</source>
        <translation>E-Mail an betroffene Kunden</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="16"/>
        <source>Refund notice</source>
        <translation>Hinweis zur Rückerstattung</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="18"/>
        <source>Billing fixed, no back-billing</source>
        <translation>Abrechnung korrigiert, keine Nachberechnung</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="19"/>
        <source>Data incident notice</source>
        <translation>Hinweis zum Datenvorfall</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="20"/>
        <source>Ownership statement</source>
        <translation>Verantwortungserklärung</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="21"/>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
</context>
<context>
    <name>warroom::AppBackend</name>
    <message>
        <location filename="../src/storage/db/appbackend.cpp" line="21"/>
        <source>War Room cannot show %1: its database engine has no way to tell this seat what other seats changed, so the board would never refresh. Use an SQLite database file or a PostgreSQL server (see docs/shared-mode.md).</source>
        <translation>War Room kann %1 nicht anzeigen: Das zugehörige Datenbanksystem kann diesem Arbeitsplatz nicht mitteilen, was andere Arbeitsplätze geändert haben, sodass das Board nie aktualisiert würde. Verwenden Sie eine SQLite-Datenbankdatei oder einen PostgreSQL-Server (siehe docs/shared-mode.md).</translation>
    </message>
</context>
<context>
    <name>warroom::AssignRoleDialog</name>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="23"/>
        <source>Assign a role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="31"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="37"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="40"/>
        <source>Assign &amp;although the directory does not list them for this role (recorded)</source>
        <translation>&amp;Zuweisen, obwohl das Verzeichnis die Person nicht für diese Rolle führt (wird protokolliert)</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="68"/>
        <source>%1 (not listed for this role)</source>
        <translation>%1 (nicht für diese Rolle geführt)</translation>
    </message>
</context>
<context>
    <name>warroom::Badge</name>
    <message>
        <location filename="../src/widgets/common/badge.cpp" line="60"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
</context>
<context>
    <name>warroom::BoundedFile</name>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="24"/>
        <source>%1 is larger than %2 bytes, the most War Room reads; shorten it or split it.</source>
        <translation>%1 ist größer als %2 Byte, das Maximum, das War Room liest; kürzen oder teilen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="55"/>
        <location filename="../src/core/io/boundedfile.cpp" line="78"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="64"/>
        <source>Cannot read %1: it does not exist; check the path.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="67"/>
        <source>%1 is a folder, not a file; give the path of a file.</source>
        <translation>%1 ist ein Ordner, keine Datei; geben Sie den Pfad einer Datei an.</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="70"/>
        <source>%1 is not a regular file (a device, a pipe or a socket); save the content to a file and give its path.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket); speichern Sie den Inhalt in einer Datei und geben Sie deren Pfad an.</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="99"/>
        <source>%1 is not UTF-8 text: invalid byte %2 at byte offset %3; save it as UTF-8.</source>
        <translation>%1 ist kein UTF-8-Text: ungültiges Byte %2 an Byte-Position %3; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="106"/>
        <source>%1 contains a NUL byte at byte offset %2, so it is not text (a binary or UTF-16 file?); save it as UTF-8 text.</source>
        <translation>%1 enthält an Byte-Position %2 ein NUL-Byte und ist daher kein Text (eine Binär- oder UTF-16-Datei?); speichern Sie sie als UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="112"/>
        <source>%1 contains a line break at byte offset %2; give it on one line.</source>
        <translation>%1 enthält an Byte-Position %2 einen Zeilenumbruch; geben Sie den Wert in einer Zeile an.</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="116"/>
        <source>%1 contains the control character %2 at byte offset %3; remove it.</source>
        <translation>%1 enthält an Byte-Position %3 das Steuerzeichen %2; entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>warroom::CallListModel</name>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="109"/>
        <source>%1 min ago%2</source>
        <translation>vor %1 Min.%2</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="165"/>
        <source>What the customer observed, in their words</source>
        <translation>Was der Kunde beobachtet hat, in seinen Worten</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="170"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="174"/>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="176"/>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="178"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="180"/>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
</context>
<context>
    <name>warroom::CallStatus</name>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="20"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="22"/>
        <source>Calling</source>
        <translation>Wird angerufen</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="23"/>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="25"/>
        <source>Left message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="27"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="28"/>
        <source>Declined to talk</source>
        <translation>Gespräch abgelehnt</translation>
    </message>
</context>
<context>
    <name>warroom::CallTrackerWidget</name>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="53"/>
        <source>&amp;My accounts only</source>
        <translation>Nur &amp;meine Konten</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="56"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="59"/>
        <source>Call channel</source>
        <translation>Anrufkanal</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="63"/>
        <source>Phone or Slack: the playbook reaches key accounts in person, not by email.</source>
        <translation>Telefon oder Slack: Laut Playbook werden Key Accounts persönlich kontaktiert, nicht per E-Mail.</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="66"/>
        <source>Propo&amp;se top %1</source>
        <translation>Top %1 vorschla&amp;gen</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="69"/>
        <source>&amp;Choose accounts…</source>
        <translation>Konten a&amp;uswählen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="107"/>
        <source>Keys: %1 · &lt;b&gt;Enter&lt;/b&gt; note</source>
        <translation>Tasten: %1 · &lt;b&gt;Eingabe&lt;/b&gt; Notiz</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="108"/>
        <source>Press a key on the selected account to record where its call stands.</source>
        <translation>Drücken Sie bei ausgewähltem Konto eine Taste, um den Stand des Anrufs festzuhalten.</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="113"/>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="371"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="116"/>
        <source>Call note</source>
        <translation>Anrufnotiz</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="117"/>
        <source>What the customer observed (Enter saves, Esc cancels)</source>
        <translation>Was der Kunde beobachtet hat (Eingabe speichert, Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="192"/>
        <source>No key accounts are selected for this incident yet.
Click “%1” to select the %2 highest-ranked accounts, or “%3” to pick them yourself.</source>
        <translation>Für diesen Vorfall sind noch keine Key Accounts ausgewählt.
Klicken Sie auf „%1“, um die %2 am höchsten eingestuften Konten auszuwählen, oder auf „%3“, um sie selbst auszuwählen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="199"/>
        <source>None of the %n selected account(s) is yours (you are “%1”).
Untick “%2” to see them all.</source>
        <translation>
            <numerusform>Das %n ausgewählte Konto gehört nicht Ihnen (Sie sind „%1“).
Deaktivieren Sie „%2“, um alle zu sehen.</numerusform>
            <numerusform>Keines der %n ausgewählten Konten gehört Ihnen (Sie sind „%1“).
Deaktivieren Sie „%2“, um alle zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="245"/>
        <source>Key-account outreach: %1</source>
        <translation>Kontaktaufnahme mit Key Accounts: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="270"/>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="297"/>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="342"/>
        <source>Note on %1:</source>
        <translation>Notiz zu %1:</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="356"/>
        <source>That account is no longer selected; the note was not saved.</source>
        <translation>Dieses Konto ist nicht mehr ausgewählt; die Notiz wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>warroom::Category</name>
    <message>
        <location filename="../src/core/incident/category.cpp" line="14"/>
        <source>Agent behaviour anomaly / quality decline</source>
        <translation>Agent-Verhaltensanomalie / Qualitätsabfall</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="15"/>
        <source>System outage</source>
        <translation>Systemausfall</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="17"/>
        <source>Upstream model unavailable</source>
        <translation>Upstream-Modell nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="19"/>
        <source>Token billing over-charge</source>
        <translation>Token-Abrechnung: zu viel berechnet</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="21"/>
        <source>Token billing under-charge</source>
        <translation>Token-Abrechnung: zu wenig berechnet</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="23"/>
        <source>Model output error causing customer loss</source>
        <translation>Modellausgabefehler mit Kundenschaden</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="25"/>
        <source>Customer data leak or compliance event</source>
        <translation>Kundendatenleck oder Compliance-Ereignis</translation>
    </message>
</context>
<context>
    <name>warroom::Channel</name>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="25"/>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="29"/>
        <source>Email to affected customers</source>
        <translation>E-Mail an betroffene Kunden</translation>
    </message>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="33"/>
        <source>In-app notice</source>
        <translation>In-App-Hinweis</translation>
    </message>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="37"/>
        <source>Key-account message</source>
        <translation>Key-Account-Nachricht</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelConfiguration</name>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="81"/>
        <source>The channel settings are still being read or saved; save again in a moment.</source>
        <translation>Die Kanaleinstellungen werden noch gelesen oder gespeichert; speichern Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="153"/>
        <source>the desktop keychain (still being read)</source>
        <translation>der Schlüsselbund des Desktops (wird noch gelesen)</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="155"/>
        <source>the desktop keychain</source>
        <translation>der Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="157"/>
        <source>no keychain: %1</source>
        <translation>kein Schlüsselbund: %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="160"/>
        <source>%1; the secrets file %2, which overrides it</source>
        <translation>%1; die Zugangsdatendatei %2, die Vorrang hat</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelKeychain</name>
    <message>
        <location filename="../src/integrations/channels/channelkeychain.cpp" line="48"/>
        <source>The desktop keychain cannot be read (%1): channel secrets come only from the environment or the secrets file (docs/channels.md).</source>
        <translation>Der Schlüsselbund des Desktops kann nicht gelesen werden (%1): Kanal-Zugangsdaten kommen nur aus der Umgebung oder der Zugangsdatendatei (docs/channels.md).</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelkeychain.cpp" line="127"/>
        <source>The desktop keychain did not store the secrets (%1), so nothing was saved. Without a keychain service (a desktop session with GNOME Keyring or KWallet), give the secrets in environment variables or in a secrets file of mode 0600 named by WARROOM_SECRETS_FILE instead (docs/channels.md).</source>
        <translation>Der Schlüsselbund des Desktops hat die Zugangsdaten nicht gespeichert (%1), daher wurde nichts gespeichert. Ohne Schlüsselbunddienst (eine Desktop-Sitzung mit GNOME Keyring oder KWallet) geben Sie die Zugangsdaten stattdessen in Umgebungsvariablen oder in einer Zugangsdatendatei mit Modus 0600 an, die WARROOM_SECRETS_FILE benennt (docs/channels.md).</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelLimits</name>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="32"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="36"/>
        <source>%1: over by %2, %3</source>
        <translation>%1: %2 zu viel, %3</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="46"/>
        <source>Incident name</source>
        <translation>Name des Vorfalls</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="47"/>
        <location filename="../src/integrations/channels/channellimits.cpp" line="59"/>
        <source>shorten the title</source>
        <translation>kürzen Sie den Titel</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="50"/>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="51"/>
        <location filename="../src/integrations/channels/channellimits.cpp" line="55"/>
        <location filename="../src/integrations/channels/channellimits.cpp" line="84"/>
        <source>shorten the body</source>
        <translation>kürzen Sie den Text</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="54"/>
        <source>Notification text</source>
        <translation>Benachrichtigungstext</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="58"/>
        <source>Title section</source>
        <translation>Titelabschnitt</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="62"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="63"/>
        <source>mail clients cut it off on screen; shorten the title</source>
        <translation>Mailprogramme schneiden ihn auf dem Bildschirm ab; kürzen Sie den Titel</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="82"/>
        <source>Body section</source>
        <translation>Textabschnitt</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="83"/>
        <source>Longest of %1 body sections</source>
        <translation>Längster von %1 Textabschnitten</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="95"/>
        <source>%1 is over its limit of %2 characters by %3: %4.</source>
        <translation>%1 überschreitet das Limit von %2 Zeichen um %3: %4.</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelRendering</name>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="28"/>
        <source>Incident name</source>
        <translation>Name des Vorfalls</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="36"/>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="34"/>
        <source>impact %1</source>
        <translation>Auswirkung %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="43"/>
        <source>Notification text</source>
        <translation>Benachrichtigungstext</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="52"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="59"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="70"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="71"/>
        <source>Body, section %1 of %2</source>
        <translation>Text, Abschnitt %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="79"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="80"/>
        <source>Plain text</source>
        <translation>Nur-Text</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="83"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="93"/>
        <source>JSON payload (the idempotency key and publication id are added when it is queued)</source>
        <translation>JSON-Nutzdaten (Idempotenzschlüssel und Veröffentlichungs-ID werden beim Einreihen hinzugefügt)</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelSettings</name>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="58"/>
        <source>%1 is not set, but %2 is: set %1 too, or unset the others to leave this channel unconfigured.</source>
        <translation>%1 ist nicht gesetzt, aber %2: Setzen Sie auch %1, oder entfernen Sie die anderen, um diesen Kanal unkonfiguriert zu lassen.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="69"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="95"/>
        <source>%1 must be the page id from the Statuspage API page (letters, digits, - and _ only).</source>
        <translation>%1 muss die Page-ID von der Statuspage-API-Seite sein (nur Buchstaben, Ziffern, - und _).</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="101"/>
        <source>%1 contains spaces or control characters; copy the key again from the Statuspage API page.</source>
        <translation>%1 enthält Leerzeichen oder Steuerzeichen; kopieren Sie den Schlüssel erneut von der Statuspage-API-Seite.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="119"/>
        <source>%1 must not have a ?query; give the API&apos;s base URL, for example %2.</source>
        <translation>%1 darf keine ?Abfrage enthalten; geben Sie die Basis-URL der API an, zum Beispiel %2.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="130"/>
        <source>%1 must be a comma-separated list of component ids (letters, digits, - and _ only).</source>
        <translation>%1 muss eine kommagetrennte Liste von Komponenten-IDs sein (nur Buchstaben, Ziffern, - und _).</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="175"/>
        <source>%1 is not an email address; write it as alerts@example.com or &quot;War Room &lt;alerts@example.com&gt;&quot;.</source>
        <translation>%1 ist keine E-Mail-Adresse; schreiben Sie sie als alerts@example.com oder &quot;War Room &lt;alerts@example.com&gt;&quot;.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="190"/>
        <source>%1 must be a whole number of seconds from 1 to %2 (default %3).</source>
        <translation>%1 muss eine ganze Zahl von Sekunden zwischen 1 und %2 sein (Standard %3).</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="18"/>
        <source>is not an absolute URL with a host name</source>
        <translation>ist keine absolute URL mit Hostnamen</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="20"/>
        <source>carries a user name or password; put credentials in their own variables, never in the URL</source>
        <translation>enthält einen Benutzernamen oder ein Passwort; legen Sie Anmeldedaten in eigene Variablen, niemals in die URL</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="23"/>
        <source>has a #fragment, which no server sees; remove it</source>
        <translation>hat ein #Fragment, das kein Server sieht; entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="49"/>
        <source>uses plain http:// to a host that is not this machine; use https:// (plain http is accepted only for 127.0.0.0/8, ::1 and localhost)</source>
        <translation>verwendet unverschlüsseltes http:// zu einem Host, der nicht dieser Rechner ist; verwenden Sie https:// (http ist nur für 127.0.0.0/8, ::1 und localhost erlaubt)</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="52"/>
        <source>must start with https:// (or http:// to this machine)</source>
        <translation>muss mit https:// beginnen (oder http:// zu diesem Rechner)</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="61"/>
        <source>must be smtp://host:port (STARTTLS) or smtps://host:port (TLS)</source>
        <translation>muss smtp://host:port (STARTTLS) oder smtps://host:port (TLS) sein</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="63"/>
        <source>must name only the server, smtp://host:port, without a path</source>
        <translation>darf nur den Server nennen, smtp://host:port, ohne Pfad</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="65"/>
        <source>must name only the server, smtp://host:port, without a ?query</source>
        <translation>darf nur den Server nennen, smtp://host:port, ohne ?Abfrage</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="34"/>
        <source>WARROOM_SECRETS_FILE names %1, which cannot be opened (it does not exist or is not readable); give the path of your secrets file or unset the variable.</source>
        <translation>WARROOM_SECRETS_FILE nennt %1, das nicht geöffnet werden kann (existiert nicht oder ist nicht lesbar); geben Sie den Pfad Ihrer Zugangsdatendatei an oder entfernen Sie die Variable.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="39"/>
        <source>WARROOM_SECRETS_FILE names %1, which is not a regular file (a folder, device or pipe); give the path of a file.</source>
        <translation>WARROOM_SECRETS_FILE nennt %1, das keine reguläre Datei ist (sondern ein Ordner, Gerät oder eine Pipe); geben Sie den Pfad einer Datei an.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="43"/>
        <source>The secrets file %1 belongs to another user; War Room reads secrets only from a file of your own (copy it and chmod 600 the copy).</source>
        <translation>Die Zugangsdatendatei %1 gehört einem anderen Benutzer; War Room liest Zugangsdaten nur aus einer eigenen Datei (kopieren Sie sie und setzen Sie chmod 600 auf die Kopie).</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="48"/>
        <source>The secrets file %1 can be read or written by other users (mode %2); run `chmod 600 %1` so that only you can.</source>
        <translation>Die Zugangsdatendatei %1 kann von anderen Benutzern gelesen oder geschrieben werden (Modus %2); führen Sie `chmod 600 %1` aus, damit nur Sie es können.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="78"/>
        <source>%1, line %2: expected NAME=value.</source>
        <translation>%1, Zeile %2: NAME=Wert erwartet.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="83"/>
        <source>its name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="84"/>
        <source>%1, line %2: %3 is not a War Room channel setting; the names are %4.</source>
        <translation>%1, Zeile %2: %3 ist keine Kanaleinstellung von War Room; die Namen sind %4.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="91"/>
        <source>%1, line %2: %3 is set a second time; keep one line.</source>
        <translation>%1, Zeile %2: %3 ist ein zweites Mal gesetzt; behalten Sie eine Zeile.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/storedchannelsettings.cpp" line="85"/>
        <source>The channel settings could not be written to %1 (the disk is full or the file is not writable); make it writable and save again.</source>
        <translation>Die Kanaleinstellungen konnten nicht nach %1 geschrieben werden (die Festplatte ist voll oder die Datei ist nicht beschreibbar); machen Sie sie beschreibbar und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelSetup</name>
    <message>
        <location filename="../src/app/warroom/channelwiring.cpp" line="32"/>
        <source>Channel settings</source>
        <translation>Kanaleinstellungen</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/channelwiring.cpp" line="33"/>
        <source>The channel settings cannot be used, so this window delivers nothing: announcements wait in the outbox until the settings are fixed or the text is posted by hand.

%1</source>
        <translation>Die Kanaleinstellungen können nicht verwendet werden, daher stellt dieses Fenster nichts zu: Mitteilungen warten im Postausgang, bis die Einstellungen korrigiert sind oder der Text von Hand veröffentlicht wird.

%1</translation>
    </message>
</context>
<context>
    <name>warroom::CommunicationsPane</name>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="140"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="160"/>
        <source>&amp;Deliveries…</source>
        <translation>Zus&amp;tellungen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="162"/>
        <source>Where each delivery of the selected published draft stands; copy its text to post by hand.</source>
        <translation>Stand jeder Zustellung des ausgewählten veröffentlichten Entwurfs; kopieren Sie ihren Text, um ihn von Hand zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="169"/>
        <source>Draft editor</source>
        <translation>Entwurfseditor</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="179"/>
        <source>Show the draft list</source>
        <translation>Entwurfsliste anzeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="233"/>
        <source>◂ Hide drafts</source>
        <translation>◂ Entwürfe ausblenden</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="234"/>
        <source>Drafts (%1) ▸</source>
        <translation>Entwürfe (%1) ▸</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="235"/>
        <source>Hide the list of drafts and the new-draft form, to give the text and its preview the width.</source>
        <translation>Liste der Entwürfe und das Formular für neue Entwürfe ausblenden, damit Text und Vorschau die volle Breite erhalten.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="237"/>
        <source>Show the list of this incident&apos;s drafts and the form for a new one.</source>
        <translation>Liste der Entwürfe dieses Vorfalls und das Formular für einen neuen Entwurf anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="267"/>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="275"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="282"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="285"/>
        <source>optional, e.g. a key account</source>
        <translation>optional, z. B. ein Key Account</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="287"/>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="289"/>
        <source>&amp;Create draft</source>
        <translation>Ent&amp;wurf erstellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="292"/>
        <source>Te&amp;mplates…</source>
        <translation>Vorlag&amp;en…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="294"/>
        <source>The template library: read, add and edit templates.</source>
        <translation>Die Vorlagenbibliothek: Vorlagen lesen, hinzufügen und bearbeiten.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="371"/>
        <source>%1 (for this incident)</source>
        <translation>%1 (für diesen Vorfall)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="454"/>
        <source>Draft #%1 has unsaved changes. Save them before switching drafts?</source>
        <translation>Entwurf #%1 hat ungespeicherte Änderungen. Vor dem Wechsel des Entwurfs speichern?</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="457"/>
        <source>Draft #%1 of incident #%2 has unsaved changes. Save them before switching to another incident?</source>
        <translation>Entwurf #%1 von Vorfall #%2 hat ungespeicherte Änderungen. Vor dem Wechsel zu einem anderen Vorfall speichern?</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="463"/>
        <source>Draft #%1 of incident #%2 has unsaved changes. Save them before closing the window?</source>
        <translation>Entwurf #%1 von Vorfall #%2 hat ungespeicherte Änderungen. Vor dem Schließen des Fensters speichern?</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="470"/>
        <source>Unsaved announcement</source>
        <translation>Ungespeicherte Mitteilung</translation>
    </message>
</context>
<context>
    <name>warroom::ConflictDialog</name>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="21"/>
        <source>Someone else changed this first</source>
        <translation>Jemand anderes hat dies zuerst geändert</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="35"/>
        <source>Yours (not saved)</source>
        <translation>Ihre Fassung (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="53"/>
        <source>&amp;Apply mine anyway</source>
        <translation>&amp;Meine trotzdem übernehmen</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="55"/>
        <source>Submit your change again on top of theirs; every rule still applies.</source>
        <translation>Ihre Änderung erneut einreichen, nun nach der anderen; alle Regeln gelten weiterhin.</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="56"/>
        <source>&amp;Discard mine</source>
        <translation>Meine &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="58"/>
        <source>Drop your change and show theirs.</source>
        <translation>Ihre Änderung verwerfen und die andere anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="59"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="61"/>
        <source>Save nothing now and keep your text in the editor.</source>
        <translation>Jetzt nichts speichern und Ihren Text im Editor behalten.</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="72"/>
        <source>Apply mine anyway: your change is submitted again on top of theirs; every rule still applies. Discard mine: theirs stays and is shown here.</source>
        <translation>Meine trotzdem übernehmen: Ihre Änderung wird erneut eingereicht, nun nach der anderen; alle Regeln gelten weiterhin. Meine verwerfen: Die andere Änderung bleibt und wird hier angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="91"/>
        <source>This changed after your screen was read (now: %1).</source>
        <translation>Dies wurde geändert, nachdem Ihre Anzeige geladen wurde (jetzt: %1).</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="97"/>
        <source>%1 changed this on %2 UTC, %3 ago (now: %4).</source>
        <translation>%1 hat dies am %2 UTC geändert, vor %3 (jetzt: %4).</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="99"/>
        <source>%1 changed this on %2 UTC (now: %3).</source>
        <translation>%1 hat dies am %2 UTC geändert (jetzt: %3).</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="102"/>
        <source>Your change (%1) was not saved.</source>
        <translation>Ihre Änderung (%1) wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="116"/>
        <source>Save mine: your text becomes the next version, on top of theirs. Discard mine: the editor shows theirs. Keep editing: nothing is saved and your text stays in the editor.</source>
        <translation>Meine speichern: Ihr Text wird zur nächsten Version, nach der anderen. Meine verwerfen: Der Editor zeigt die andere Fassung. Weiter bearbeiten: Nichts wird gespeichert, und Ihr Text bleibt im Editor.</translation>
    </message>
</context>
<context>
    <name>warroom::ConnectionChoice</name>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="42"/>
        <source>--db and --server cannot be given together: --db opens an SQLite file on this machine, --server a shared war room. Give one of them.</source>
        <translation>--db und --server können nicht zusammen angegeben werden: --db öffnet eine SQLite-Datei auf diesem Rechner, --server einen gemeinsamen War Room. Geben Sie eine der beiden Optionen an.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="60"/>
        <source>The shared war room server in Preferences</source>
        <translation>Der Server des gemeinsamen War Rooms in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="66"/>
        <source>--schema names a schema on a shared war room server, but no server is given: add --server URL, or leave --schema out to use the SQLite file.</source>
        <translation>--schema benennt ein Schema auf dem Server eines gemeinsamen War Rooms, aber es ist kein Server angegeben: Fügen Sie --server URL hinzu, oder lassen Sie --schema weg, um die SQLite-Datei zu verwenden.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="73"/>
        <source>--as is not accepted on a shared server: changes are recorded under your login.</source>
        <translation>--as wird auf einem gemeinsamen Server nicht akzeptiert: Änderungen werden unter Ihrem Login erfasst.</translation>
    </message>
</context>
<context>
    <name>warroom::ContactHandle</name>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="29"/>
        <source>&quot;%1&quot; is not a phone number: only digits, a leading +, spaces, dashes, dots and parentheses are allowed.</source>
        <translation>„%1“ ist keine Telefonnummer: Nur Ziffern, ein führendes +, Leerzeichen, Bindestriche, Punkte und Klammern sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="36"/>
        <source>&quot;%1&quot; is not a phone number: it has %2 digits, a phone number has %3 to %4.</source>
        <translation>„%1“ ist keine Telefonnummer: Sie hat %2 Ziffern, eine Telefonnummer hat %3 bis %4.</translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="53"/>
        <source>&quot;%1&quot; is not a Slack handle: it needs 1 to 80 characters after the @.</source>
        <translation>„%1“ ist kein Slack-Handle: Nach dem @ sind 1 bis 80 Zeichen nötig.</translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="59"/>
        <source>&quot;%1&quot; is not a Slack handle: use letters, digits, dots, dashes and underscores (e.g. @dana.k).</source>
        <translation>„%1“ ist kein Slack-Handle: Verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche (z. B. @dana.k).</translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="76"/>
        <source>&quot;%1&quot; is not an email address (expected name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (erwartet: name@example.com).</translation>
    </message>
</context>
<context>
    <name>warroom::Csv</name>
    <message>
        <location filename="../src/core/io/peoplecsv.cpp" line="49"/>
        <source>&quot;%1&quot; is listed twice: first on line %2.</source>
        <translation>„%1“ ist doppelt aufgeführt: zuerst in Zeile %2.</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="80"/>
        <source>The tier is required; one of %1.</source>
        <translation>Die Stufe ist erforderlich; eine von %1.</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="84"/>
        <source>Unknown tier &quot;%1&quot;; one of %2.</source>
        <translation>Unbekannte Stufe „%1“; eine von %2.</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="91"/>
        <source>&quot;%1&quot; is not an ARR: write whole currency units with digits only, e.g. 1200000.</source>
        <translation>„%1“ ist kein ARR: Schreiben Sie ganze Währungseinheiten nur mit Ziffern, z. B. 1200000.</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="98"/>
        <source>&quot;%1&quot; is not a rank: write a whole number from 1 to %2.</source>
        <translation>„%1“ ist kein Rang: Schreiben Sie eine ganze Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="122"/>
        <source>Customer &quot;%1&quot; is listed twice: first on line %2.</source>
        <translation>Kunde „%1“ ist doppelt aufgeführt: zuerst in Zeile %2.</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="130"/>
        <source>Rank %1 is given twice: first on line %2.</source>
        <translation>Rang %1 ist doppelt vergeben: zuerst in Zeile %2.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="36"/>
        <source>The file is UTF-32 (it starts with a UTF-32 byte order mark); save it as UTF-8.</source>
        <translation>Die Datei ist UTF-32 (sie beginnt mit einer UTF-32-Bytereihenfolge-Markierung); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="42"/>
        <source>The file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8.</source>
        <translation>Die Datei ist UTF-16 (sie beginnt mit einer UTF-16-Bytereihenfolge-Markierung); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="47"/>
        <source>The file contains a NUL byte, so it is not UTF-8 text (UTF-16 without a byte order mark?); save it as UTF-8.</source>
        <translation>Die Datei enthält ein NUL-Byte und ist daher kein UTF-8-Text (UTF-16 ohne Bytereihenfolge-Markierung?); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="53"/>
        <source>Byte %1 is not valid UTF-8 (the file may be in Latin-1 or Windows-1252); save it as UTF-8.</source>
        <translation>Byte %1 ist kein gültiges UTF-8 (die Datei ist vielleicht in Latin-1 oder Windows-1252); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="102"/>
        <source>A double quote inside an unquoted field; put the whole field in double quotes and double the quote (&quot;&quot;).</source>
        <translation>Ein doppeltes Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in doppelte Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="135"/>
        <source>Text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes; ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="149"/>
        <source>A quoted field is never closed: the closing double quote is missing.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen: Das schließende doppelte Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="201"/>
        <source>The file has %1 bytes; at most %2 are accepted.</source>
        <translation>Die Datei hat %1 Byte; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="221"/>
        <source>The file is empty: expected a header line naming the columns.</source>
        <translation>Die Datei ist leer: Eine Kopfzeile mit den Spaltennamen wird erwartet.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="234"/>
        <source>The record has %1 fields; the header has %2 (a comma too many or too few, or a field with a comma that is not in quotes?).</source>
        <translation>Der Datensatz hat %1 Felder, die Kopfzeile %2 (ein Komma zu viel oder zu wenig, oder ein Feld mit einem Komma, das nicht in Anführungszeichen steht?).</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="255"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="256"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="266"/>
        <source>... and %1 more problems.</source>
        <translation>… und %1 weitere Probleme.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="29"/>
        <source>Column %1 has no name in the header; the columns are %2.</source>
        <translation>Spalte %1 hat in der Kopfzeile keinen Namen; die Spalten sind %2.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="36"/>
        <source>The column appears twice in the header.</source>
        <translation>Die Spalte kommt in der Kopfzeile doppelt vor.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="43"/>
        <source>Unknown column(s); the columns are %1.</source>
        <translation>Unbekannte Spalte(n); die Spalten sind %1.</translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="48"/>
        <source>The required column is missing from the header.</source>
        <translation>Die erforderliche Spalte fehlt in der Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>warroom::CsvImport</name>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="34"/>
        <source>People imported from %1: %2 added, %3 updated.</source>
        <translation>Personen aus %1 importiert: %2 hinzugefügt, %3 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="42"/>
        <source>Key accounts imported from %1: %2 added, %3 updated, %4 no longer listed.</source>
        <translation>Key Accounts aus %1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 nicht mehr aufgeführt.</translation>
    </message>
</context>
<context>
    <name>warroom::CsvImportDialog</name>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="30"/>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="31"/>
        <source>Import key accounts</source>
        <translation>Key Accounts importieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="41"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="44"/>
        <source>Choose a .csv file</source>
        <translation>Eine .csv-Datei wählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="46"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="47"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="64"/>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="84"/>
        <source>&lt;p&gt;A CSV file (comma-separated, UTF-8, as spreadsheets save it) with the column names on its first line, in any order:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;name&lt;/b&gt; (required): the person&apos;s full name&lt;/li&gt;&lt;li&gt;&lt;b&gt;phone&lt;/b&gt;, &lt;b&gt;slack&lt;/b&gt;, &lt;b&gt;email&lt;/b&gt;: at least one, so the person can be reached&lt;/li&gt;&lt;li&gt;&lt;b&gt;roles&lt;/b&gt; (optional): the roles the person can hold, separated by &quot;;&quot;: %1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;People already in the directory are updated by name; nobody is removed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine CSV-Datei (durch Kommas getrennt, UTF-8, wie Tabellenkalkulationen sie speichern) mit den Spaltennamen in der ersten Zeile, in beliebiger Reihenfolge:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;name&lt;/b&gt; (erforderlich): der vollständige Name der Person&lt;/li&gt;&lt;li&gt;&lt;b&gt;phone&lt;/b&gt;, &lt;b&gt;slack&lt;/b&gt;, &lt;b&gt;email&lt;/b&gt;: mindestens eine Angabe, damit die Person erreichbar ist&lt;/li&gt;&lt;li&gt;&lt;b&gt;roles&lt;/b&gt; (optional): die Rollen, die die Person übernehmen kann, getrennt durch „;“: %1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Personen, die bereits im Verzeichnis stehen, werden anhand des Namens aktualisiert; niemand wird entfernt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="93"/>
        <source>&lt;p&gt;A CSV file (comma-separated, UTF-8, as spreadsheets save it) with the column names on its first line, in any order:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;name&lt;/b&gt; (required): the customer&lt;/li&gt;&lt;li&gt;&lt;b&gt;tier&lt;/b&gt; (required): %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;arr&lt;/b&gt; and &lt;b&gt;rank&lt;/b&gt;: at least one; ARR in whole currency units, digits only; rank from 1 (called first) to %2&lt;/li&gt;&lt;li&gt;&lt;b&gt;csm&lt;/b&gt; (required): the owning customer success manager, as named in the people directory (import the people first)&lt;/li&gt;&lt;li&gt;&lt;b&gt;contact1_name&lt;/b&gt; (required) with &lt;b&gt;contact1_phone&lt;/b&gt; or &lt;b&gt;contact1_slack&lt;/b&gt;, and &lt;b&gt;contact1_email&lt;/b&gt;; contact2_… and contact3_… the same way, optional&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The file becomes the key-account list: accounts it no longer lists are kept for history but no longer proposed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine CSV-Datei (durch Kommas getrennt, UTF-8, wie Tabellenkalkulationen sie speichern) mit den Spaltennamen in der ersten Zeile, in beliebiger Reihenfolge:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;name&lt;/b&gt; (erforderlich): der Kunde&lt;/li&gt;&lt;li&gt;&lt;b&gt;tier&lt;/b&gt; (erforderlich): %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;arr&lt;/b&gt; und &lt;b&gt;rank&lt;/b&gt;: mindestens eines; ARR in ganzen Währungseinheiten, nur Ziffern; Rang von 1 (wird zuerst angerufen) bis %2&lt;/li&gt;&lt;li&gt;&lt;b&gt;csm&lt;/b&gt; (erforderlich): der zuständige Customer Success Manager, so benannt wie im Personenverzeichnis (importieren Sie zuerst die Personen)&lt;/li&gt;&lt;li&gt;&lt;b&gt;contact1_name&lt;/b&gt; (erforderlich) mit &lt;b&gt;contact1_phone&lt;/b&gt; oder &lt;b&gt;contact1_slack&lt;/b&gt; sowie &lt;b&gt;contact1_email&lt;/b&gt;; contact2_… und contact3_… ebenso, optional&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die Datei wird zur Key-Account-Liste: Konten, die sie nicht mehr enthält, bleiben für die Historie erhalten, werden aber nicht mehr vorgeschlagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="115"/>
        <source>Line 1 (the column names): %1</source>
        <translation>Zeile 1 (die Spaltennamen): %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="117"/>
        <source>Line 1 (the column names), %1: %2</source>
        <translation>Zeile 1 (die Spaltennamen), %1: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="119"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="120"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="150"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="181"/>
        <source>People imported from %1: %2 added, %3 updated.</source>
        <translation>Personen aus %1 importiert: %2 hinzugefügt, %3 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="185"/>
        <source>Key accounts imported from %1: %2 added, %3 updated, %4 no longer listed.</source>
        <translation>Key Accounts aus %1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="200"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="204"/>
        <source>Nothing was imported: %1 has %n problem(s). Fix them in the file, save it and press Import again.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %1 hat %n Problem. Beheben Sie es in der Datei, speichern Sie sie und klicken Sie erneut auf „Importieren“.</numerusform>
            <numerusform>Es wurde nichts importiert: %1 hat %n Probleme. Beheben Sie sie in der Datei, speichern Sie sie und klicken Sie erneut auf „Importieren“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warroom::Database</name>
    <message>
        <location filename="../src/storage/db/database.cpp" line="138"/>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="174"/>
        <source>%1 does not exist; there is no database to check.</source>
        <translation>%1 existiert nicht; es gibt keine Datenbank zu prüfen.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="240"/>
        <source>Offline: %1 is not answering (%2). Nothing was sent to it; try again once the server answers.</source>
        <translation>Offline: %1 antwortet nicht (%2). Es wurde nichts dorthin gesendet; versuchen Sie es erneut, sobald der Server antwortet.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="249"/>
        <source>Offline: %1 stopped answering while this was being sent (%2). Whether it was saved is not known until the server answers again; then look at what it holds.</source>
        <translation>Offline: %1 hat aufgehört zu antworten, während dies gesendet wurde (%2). Ob es gespeichert wurde, ist erst bekannt, wenn der Server wieder antwortet; sehen Sie dann nach, was er enthält.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="271"/>
        <source>the server closed this window&apos;s connection</source>
        <translation>der Server hat die Verbindung dieses Fensters geschlossen</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="169"/>
        <source>%1: this database cannot check its own integrity.</source>
        <translation>%1: Diese Datenbank kann ihre eigene Integrität nicht prüfen.</translation>
    </message>
</context>
<context>
    <name>warroom::DatabaseChooser</name>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="30"/>
        <source>War Room cannot open the database</source>
        <translation>War Room kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="34"/>
        <source>Open &amp;another file…</source>
        <translation>&amp;Andere Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="40"/>
        <source>Open or create a War Room database</source>
        <translation>War-Room-Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="41"/>
        <source>War Room databases (*.sqlite *.db);;All files (*)</source>
        <translation>War-Room-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>warroom::DeadlineBanner</name>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="128"/>
        <source>CLOSED</source>
        <translation>GESCHLOSSEN</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="133"/>
        <source>at %1 by %2 — the board stopped at closing</source>
        <translation>am %1 von %2 — das Board wurde beim Schließen angehalten</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="143"/>
        <source>NOTHING MISSED</source>
        <translation>NICHTS VERPASST</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="147"/>
        <source>%n MISSED</source>
        <translation>
            <numerusform>%n VERPASST</numerusform>
            <numerusform>%n VERPASST</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="156"/>
        <source> — worst: %1 late</source>
        <translation> — am schlimmsten: %1 zu spät</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="171"/>
        <source>NEXT</source>
        <translation>NÄCHSTE</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="174"/>
        <source>No open deadline with a due time</source>
        <translation>Keine offene Frist mit Fälligkeitszeit</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="178"/>
        <source>DUE SOON in %1</source>
        <translation>BALD FÄLLIG in %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="178"/>
        <source>NEXT in %1</source>
        <translation>NÄCHSTE in %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="203"/>
        <source>NONE OVERDUE</source>
        <translation>NICHTS ÜBERFÄLLIG</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="207"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n bald fällig</numerusform>
            <numerusform>%n bald fällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="208"/>
        <source>Every open deadline is still ahead</source>
        <translation>Alle offenen Fristen liegen noch vor uns</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="211"/>
        <source>%n OVERDUE</source>
        <translation>
            <numerusform>%n ÜBERFÄLLIG</numerusform>
            <numerusform>%n ÜBERFÄLLIG</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="213"/>
        <source>oldest: </source>
        <translation>älteste: </translation>
    </message>
</context>
<context>
    <name>warroom::DeclareIncidentDialog</name>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="51"/>
        <source>Choose the category…</source>
        <translation>Kategorie wählen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="52"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="68"/>
        <source>&amp;Declare</source>
        <translation>Aus&amp;rufen</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="74"/>
        <source>Choose a severity to see what it means.</source>
        <translation>Wählen Sie einen Schweregrad, um seine Bedeutung zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="96"/>
        <source>Edit incident</source>
        <translation>Vorfall bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="97"/>
        <source>Sa&amp;ve</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="113"/>
        <source>Trigger conditions observed (tick any; they suggest the category)</source>
        <translation>Beobachtete Auslösebedingungen (beliebige ankreuzen; sie schlagen die Kategorie vor)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="124"/>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="147"/>
        <source>Ticking a condition sets the category it suggests.</source>
        <translation>Das Ankreuzen einer Bedingung setzt die vorgeschlagene Kategorie.</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="152"/>
        <source>Category set to &quot;%1&quot;, as the ticked conditions suggest; change it above if it fits better.</source>
        <translation>Kategorie auf „%1“ gesetzt, wie von den angekreuzten Bedingungen vorgeschlagen; ändern Sie sie oben, falls eine andere besser passt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="327"/>
        <source>Enterprise customers affected must be a whole number of customers, e.g. 3.</source>
        <translation>Betroffene Unternehmenskunden muss eine ganze Zahl von Kunden sein, z. B. 3.</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="337"/>
        <source>Choose the category: it decides which playbook rules apply.</source>
        <translation>Wählen Sie die Kategorie: Sie entscheidet, welche Playbook-Regeln gelten.</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="340"/>
        <source>Choose the severity.</source>
        <translation>Wählen Sie den Schweregrad.</translation>
    </message>
</context>
<context>
    <name>warroom::DeliveriesDialog</name>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="34"/>
        <source>Deliveries of draft #%1</source>
        <translation>Zustellungen von Entwurf #%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="48"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="50"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="50"/>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="50"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="50"/>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="59"/>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="61"/>
        <source>The exact title and text that were approved, for posting by hand.</source>
        <translation>Titel und Text genau so, wie sie genehmigt wurden, zum Veröffentlichen von Hand.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="62"/>
        <source>Record as &amp;posted by hand…</source>
        <translation>Als von &amp;Hand veröffentlicht erfassen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="64"/>
        <source>&amp;Send again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="122"/>
        <source>Nothing of this draft is in the outbox: it was published before War Room tracked deliveries, or not at all.</source>
        <translation>Von diesem Entwurf ist nichts im Postausgang: Er wurde veröffentlicht, bevor War Room Zustellungen verfolgte, oder gar nicht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="124"/>
        <source>%1 of %2 deliveries done. A channel that is not set up here waits: copy the text, post it yourself, then record it as posted by hand.</source>
        <translation>%1 von %2 Zustellungen erledigt. Ein Kanal, der hier nicht eingerichtet ist, wartet: Kopieren Sie den Text, veröffentlichen Sie ihn selbst und erfassen Sie ihn dann als von Hand veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="160"/>
        <source>Copied the text of delivery #%1 (%2 characters). Post it, then record it as posted by hand.</source>
        <translation>Text von Zustellung #%1 kopiert (%2 Zeichen). Veröffentlichen Sie ihn und erfassen Sie ihn dann als von Hand veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="174"/>
        <source>Record delivery #%1 (%2) as posted by hand by %3? The board counts it as delivered from now on, and the timeline says who posted it.</source>
        <translation>Zustellung #%1 (%2) als von %3 von Hand veröffentlicht erfassen? Das Board zählt sie ab jetzt als zugestellt, und die Zeitleiste zeigt, wer sie veröffentlicht hat.</translation>
    </message>
</context>
<context>
    <name>warroom::Delivery</name>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="108"/>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="116"/>
        <source>posted by hand by %1 at %2</source>
        <translation>von %1 um %2 von Hand veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="118"/>
        <source>sent at %1</source>
        <translation>gesendet um %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="120"/>
        <source>retrying at %1</source>
        <translation>neuer Versuch um %1</translation>
    </message>
</context>
<context>
    <name>warroom::DeliveryPhrase</name>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="22"/>
        <source>%1 queued</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 eingereiht</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="24"/>
        <source>%1 sending</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 wird gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="26"/>
        <source>%1 sent</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="28"/>
        <source>%1 retrying</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 wird wiederholt</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="30"/>
        <source>%1 failed</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="32"/>
        <source>%1 posted by hand</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 von Hand veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="42"/>
        <source>%n queued</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n eingereiht</numerusform>
            <numerusform>%n eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="44"/>
        <source>%n sending</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n wird gesendet</numerusform>
            <numerusform>%n werden gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="46"/>
        <source>%n sent</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="48"/>
        <source>%n retrying</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n wird wiederholt</numerusform>
            <numerusform>%n werden wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="50"/>
        <source>%n failed</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="52"/>
        <source>%n posted by hand</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n von Hand veröffentlicht</numerusform>
            <numerusform>%n von Hand veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="61"/>
        <source>Outbox row %1 is queued.</source>
        <translation>Postausgangszeile %1 ist eingereiht.</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="63"/>
        <source>Outbox row %1 is being sent.</source>
        <translation>Postausgangszeile %1 wird gerade gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="65"/>
        <source>Outbox row %1 has been sent.</source>
        <translation>Postausgangszeile %1 wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="67"/>
        <source>Outbox row %1 is waiting for its next attempt.</source>
        <translation>Postausgangszeile %1 wartet auf ihren nächsten Versuch.</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="69"/>
        <source>Outbox row %1 has failed.</source>
        <translation>Postausgangszeile %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="71"/>
        <source>Outbox row %1 has been posted by hand.</source>
        <translation>Postausgangszeile %1 wurde von Hand veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="78"/>
        <source>Add an email address to the key accounts&apos; contacts (import the key-account CSV with an email column) and publish again.</source>
        <translation>Fügen Sie den Kontakten der Key Accounts eine E-Mail-Adresse hinzu (importieren Sie die Key-Account-CSV mit einer E-Mail-Spalte) und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="82"/>
        <source>No key-account contact has an email address, so this status page message would reach nobody. %1</source>
        <translation>Kein Key-Account-Kontakt hat eine E-Mail-Adresse, daher würde diese Statusseiten-Nachricht niemanden erreichen. %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="86"/>
        <source>No key-account contact has an email address, so this email would reach nobody. %1</source>
        <translation>Kein Key-Account-Kontakt hat eine E-Mail-Adresse, daher würde diese E-Mail niemanden erreichen. %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="90"/>
        <source>No key-account contact has an email address, so this in-app notice would reach nobody. %1</source>
        <translation>Kein Key-Account-Kontakt hat eine E-Mail-Adresse, daher würde dieser In-App-Hinweis niemanden erreichen. %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="94"/>
        <source>No key-account contact has an email address, so this key-account message would reach nobody. %1</source>
        <translation>Kein Key-Account-Kontakt hat eine E-Mail-Adresse, daher würde diese Key-Account-Nachricht niemanden erreichen. %1</translation>
    </message>
</context>
<context>
    <name>warroom::DeliveryState</name>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="21"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="22"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="23"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="24"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="25"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="27"/>
        <source>Posted by hand</source>
        <translation>Von Hand veröffentlicht</translation>
    </message>
</context>
<context>
    <name>warroom::Demo</name>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="149"/>
        <source>The demo people are missing.</source>
        <translation>Die Demo-Personen fehlen.</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="162"/>
        <source>The database did not return the new account&apos;s id.</source>
        <translation>Die Datenbank hat die ID des neuen Kontos nicht zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="177"/>
        <source>Agent task completion down 31% on email drafting</source>
        <translation>Abschlussrate der Agent-Aufgaben beim E-Mail-Entwurf um 31 % gesunken</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="180"/>
        <source>email drafting</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="219"/>
        <source>Announce: customers see it.</source>
        <translation>Mitteilen: Kunden bemerken es.</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="225"/>
        <source>Completion rate on email drafting fell from 94% to 65% after the 04:10 prompt-template rollout; other task types are normal.</source>
        <translation>Abschlussrate beim E-Mail-Entwurf ist nach dem Rollout der Prompt-Vorlage um 04:10 von 94 % auf 65 % gefallen; andere Aufgabentypen sind normal.</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="240"/>
        <source>Drafts stop half-way since this morning.</source>
        <translation>Entwürfe brechen seit heute Morgen auf halbem Weg ab.</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="273"/>
        <source>DEMO — </source>
        <translation>DEMO — </translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="366"/>
        <source>The demo data was not removed (nothing was deleted): %1</source>
        <translation>Die Demodaten wurden nicht entfernt (nichts wurde gelöscht): %1</translation>
    </message>
</context>
<context>
    <name>warroom::Destination</name>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="19"/>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="21"/>
        <source>Slack incident channel</source>
        <translation>Slack-Kanal des Vorfalls</translation>
    </message>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="22"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="23"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>warroom::Diagnostics</name>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="24"/>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="30"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="40"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="41"/>
        <source>Channel secrets</source>
        <translation>Kanal-Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="49"/>
        <source>War Room version</source>
        <translation>War-Room-Version</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="50"/>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="51"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="53"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="54"/>
        <source>%1, %2, kernel %3 %4; window system: %5</source>
        <translation>%1, %2, Kernel %3 %4; Fenstersystem: %5</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="58"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="70"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="73"/>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="75"/>
        <source>%1 (this build writes %2)</source>
        <translation>%1 (dieser Build schreibt %2)</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="78"/>
        <source>Database file size</source>
        <translation>Größe der Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="85"/>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="89"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="85"/>
        <source>%1 (%2 not closed)</source>
        <translation>%1 (%2 nicht geschlossen)</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="101"/>
        <source>configured</source>
        <translation>konfiguriert</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="101"/>
        <source>not configured on this seat</source>
        <translation>an diesem Arbeitsplatz nicht konfiguriert</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="115"/>
        <source>last delivery: %1, %2</source>
        <translation>letzte Zustellung: %1, %2</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="123"/>
        <source>nothing delivered yet</source>
        <translation>noch nichts zugestellt</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="125"/>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
</context>
<context>
    <name>warroom::DiagnosticsDialog</name>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="21"/>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="31"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="25"/>
        <source>About this War Room, its database and its channels. Copy it into a bug report.</source>
        <translation>Angaben zu diesem War Room, seiner Datenbank und seinen Kanälen. Kopieren Sie sie in einen Fehlerbericht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="33"/>
        <source>What</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="33"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="50"/>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="73"/>
        <source>no channel settings in this window</source>
        <translation>keine Kanaleinstellungen in diesem Fenster</translation>
    </message>
</context>
<context>
    <name>warroom::DraftEditor</name>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="106"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="127"/>
        <source>Announcement text</source>
        <translation>Text der Mitteilung</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="129"/>
        <source>The message. Type {{ for placeholders filled from the incident.</source>
        <translation>Die Nachricht. Tippen Sie {{ für Platzhalter, die aus dem Vorfall gefüllt werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="140"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="160"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="162"/>
        <source>Undo the last change to the text (%1)</source>
        <translation>Letzte Änderung am Text rückgängig machen (%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="165"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="167"/>
        <source>Redo (%1)</source>
        <translation>Wiederholen (%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="168"/>
        <source>Histor&amp;y…</source>
        <translation>Verla&amp;uf…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="170"/>
        <source>&amp;Save</source>
        <translation>Spe&amp;ichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="191"/>
        <source>Lint findings</source>
        <translation>Lint-Befunde</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="307"/>
        <source>Draft #%1 · %2 · %3%4</source>
        <translation>Entwurf #%1 · %2 · %3%4</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="316"/>
        <source>No draft selected: pick one on the left, or create one from a template.</source>
        <translation>Kein Entwurf ausgewählt: Wählen Sie links einen aus, oder erstellen Sie einen aus einer Vorlage.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="392"/>
        <source>Saved as version %1. The edit voided the earlier review, sign-off or approval; the draft is back to draft.</source>
        <translation>Als Version %1 gespeichert. Die Bearbeitung hat die vorherige Prüfung, Freigabe oder Genehmigung aufgehoben; der Entwurf ist wieder ein Entwurf.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="410"/>
        <source>your edit of version %1</source>
        <translation>Ihre Bearbeitung von Version %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="412"/>
        <source>Theirs (version %1, saved by %2)</source>
        <translation>Andere Fassung (Version %1, gespeichert von %2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="417"/>
        <source>&amp;Save mine as version %1</source>
        <translation>Meine als Version %1 &amp;speichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="432"/>
        <source>Not saved: version %1 by %2 came first. Your text is still here; save again to put it on top of theirs, or open the history to compare.</source>
        <translation>Nicht gespeichert: Version %1 von %2 kam zuerst. Ihr Text ist noch da; speichern Sie erneut, um ihn als Version nach der anderen abzulegen, oder öffnen Sie den Verlauf, um zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="473"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — unsaved changes</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; — ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="475"/>
        <source>Rendered from the incident now. Save to have this text reviewed and published.</source>
        <translation>Jetzt aus dem Vorfall erzeugt. Speichern Sie, damit dieser Text geprüft und veröffentlicht werden kann.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="482"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — version %1 as saved</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; — Version %1 wie gespeichert</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="483"/>
        <source>The saved text is what is reviewed and published.</source>
        <translation>Geprüft und veröffentlicht wird der gespeicherte Text.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="492"/>
        <source>Lint: no findings.</source>
        <translation>Lint: keine Befunde.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="493"/>
        <source>Lint: %1 error(s), %2 warning(s) — click one to select the words.</source>
        <translation>Lint: %1 Fehler, %2 Warnung(en) — klicken Sie auf einen Befund, um die Wörter auszuwählen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="501"/>
        <source>Title %1 · text %2 characters · %3 words</source>
        <translation>Titel %1 · Text %2 Zeichen · %3 Wörter</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="505"/>
        <source>Counted on the rendered text, against the limits of the %1 channel.</source>
        <translation>Gezählt am erzeugten Text, gemessen an den Limits des Kanals %1.</translation>
    </message>
</context>
<context>
    <name>warroom::DraftGate</name>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="22"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="24"/>
        <source>In legal review</source>
        <translation>In rechtlicher Prüfung</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="26"/>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="28"/>
        <source>Legally signed off</source>
        <translation>Rechtlich freigegeben</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="29"/>
        <source>IC approved</source>
        <translation>Vom IC genehmigt</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="30"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="34"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="36"/>
        <source>Mark as needing legal review</source>
        <translation>Als rechtlich prüfpflichtig markieren</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="38"/>
        <source>Send to legal review</source>
        <translation>Rechtlich prüfen lassen</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="39"/>
        <source>Sign off</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="41"/>
        <source>Request changes</source>
        <translation>Nachbessern lassen</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="42"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="43"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="65"/>
        <source>The message is published; its text is final. Start a new draft for a follow-up.</source>
        <translation>Die Nachricht ist veröffentlicht; ihr Text ist endgültig. Beginnen Sie für ein Update einen neuen Entwurf.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="74"/>
        <source>Mark a draft as needing legal review before it goes for review or approval; edit it first to take it back to draft.</source>
        <translation>Markieren Sie einen Entwurf als rechtlich prüfpflichtig, bevor er zur Prüfung oder Genehmigung geht; bearbeiten Sie ihn zuerst, um ihn wieder zum Entwurf zu machen.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="80"/>
        <source>This draft needs no legal review: the incident commander approves it directly. Mark it as needing legal review to ask legal.</source>
        <translation>Dieser Entwurf braucht keine rechtliche Prüfung: Der Incident Commander genehmigt ihn direkt. Markieren Sie ihn als rechtlich prüfpflichtig, um die Rechtsabteilung zu fragen.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="85"/>
        <source>Changes were requested: edit the draft before sending it again.</source>
        <translation>Es wurden Änderungen angefordert: Bearbeiten Sie den Entwurf, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="87"/>
        <source>The draft is already in legal review.</source>
        <translation>Der Entwurf ist bereits in rechtlicher Prüfung.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="88"/>
        <source>The draft is already signed off.</source>
        <translation>Der Entwurf ist bereits freigegeben.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="92"/>
        <source>Only a draft in legal review can be signed off; this one is: %1.</source>
        <translation>Nur ein Entwurf in rechtlicher Prüfung kann freigegeben werden; dieser ist: %1.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="99"/>
        <source>Changes are already requested.</source>
        <translation>Änderungen sind bereits angefordert.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="101"/>
        <source>The draft is not in review yet: it needs a legal sign-off before anyone can request changes.</source>
        <translation>Der Entwurf ist noch nicht in Prüfung: Er braucht eine rechtliche Freigabe, bevor jemand Änderungen anfordern kann.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="107"/>
        <source>This draft needs a legal sign-off before the incident commander approves it.</source>
        <translation>Dieser Entwurf braucht eine rechtliche Freigabe, bevor der Incident Commander ihn genehmigt.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="110"/>
        <source>Changes were requested: edit the draft before approving it.</source>
        <translation>Es wurden Änderungen angefordert: Bearbeiten Sie den Entwurf, bevor Sie ihn genehmigen.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="111"/>
        <source>The draft is already approved.</source>
        <translation>Der Entwurf ist bereits genehmigt.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="116"/>
        <source>Only a draft the incident commander approved can be published; this one is: %1.</source>
        <translation>Nur ein vom Incident Commander genehmigter Entwurf kann veröffentlicht werden; dieser ist: %1.</translation>
    </message>
</context>
<context>
    <name>warroom::DraftGateBar</name>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="38"/>
        <source>Needs le&amp;gal</source>
        <translation>Re&amp;chtsprüfung nötig</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="40"/>
        <source>Send to legal re&amp;view</source>
        <translation>Zur recht&amp;lichen Prüfung</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="42"/>
        <source>Sign o&amp;ff</source>
        <translation>Frei&amp;geben</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="44"/>
        <source>Re&amp;quest changes…</source>
        <translation>Än&amp;derungen anfordern…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="46"/>
        <source>&amp;Approve</source>
        <translation>Geneh&amp;migen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="48"/>
        <source>Pu&amp;blish</source>
        <translation>Ver&amp;öffentlichen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="95"/>
        <source>Reason to go on despite lint errors (logged, and shown to legal)</source>
        <translation>Grund, trotz Lint-Fehlern fortzufahren (wird protokolliert und der Rechtsabteilung gezeigt)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="207"/>
        <source>No draft selected.</source>
        <translation>Kein Entwurf ausgewählt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="209"/>
        <source>Save first: every step judges the saved text.</source>
        <translation>Speichern Sie zuerst: Jeder Schritt beurteilt den gespeicherten Text.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="212"/>
        <source>This draft already needs a legal sign-off.</source>
        <translation>Dieser Entwurf braucht bereits eine rechtliche Freigabe.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="216"/>
        <source>Lint errors (%1) block this step: fix them, or give a reason in the box above.</source>
        <translation>Lint-Fehler (%1) blockieren diesen Schritt: Beheben Sie sie oder geben Sie oben einen Grund an.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="228"/>
        <source>Sent on despite lint errors. Reason given: “%1”</source>
        <translation>Trotz Lint-Fehlern weitergegeben. Angegebener Grund: „%1“</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="234"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2 · %3 · text SHA-256 &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Version %2 · %3 · Text-SHA-256 &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="237"/>
        <source>legal sign-off required</source>
        <translation>rechtliche Freigabe erforderlich</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="237"/>
        <source>IC approval only</source>
        <translation>nur IC-Genehmigung</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="253"/>
        <source>Unsaved changes: save to send the text on.</source>
        <translation>Ungespeicherte Änderungen: Speichern Sie, um den Text weiterzugeben.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="261"/>
        <source>Changes were requested: edit and save the text.</source>
        <translation>Es wurden Änderungen angefordert: Bearbeiten und speichern Sie den Text.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="272"/>
        <source>Published. The text is final.</source>
        <translation>Veröffentlicht. Der Text ist endgültig.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="277"/>
        <source>%1 You can do it now.</source>
        <comment>the next step, a sentence</comment>
        <translation>%1 Sie können ihn jetzt ausführen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="278"/>
        <source>%1 %2</source>
        <comment>the next step, then why it cannot be taken yet</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="301"/>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="302"/>
        <source>What should change? The author sees this on the timeline.</source>
        <translation>Was soll sich ändern? Der Autor sieht dies in der Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="354"/>
        <source>email to %1 key-account contact address(es)</source>
        <translation>E-Mail an %1 Kontaktadresse(n) von Key Accounts</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="327"/>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
</context>
<context>
    <name>warroom::DraftListModel</name>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="109"/>
        <source>%1
%2, version %3
%4</source>
        <translation>%1
%2, Version %3
%4</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="114"/>
        <source>
Delivery: %1
%2</source>
        <translation>
Zustellung: %1
%2</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="137"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="139"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="141"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="143"/>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="145"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="147"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="149"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="188"/>
        <source>%1: %2</source>
        <comment>a delivery&apos;s state: the remote&apos;s message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="190"/>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="194"/>
        <source>not tracked</source>
        <translation>nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="194"/>
        <source>Published before War Room tracked deliveries.</source>
        <translation>Veröffentlicht, bevor War Room Zustellungen verfolgte.</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="199"/>
        <source>%1 of %2 delivered</source>
        <translation>%1 von %2 zugestellt</translation>
    </message>
</context>
<context>
    <name>warroom::DraftStore</name>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="22"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>Der Autor darf nicht leer sein: Geben Sie an, wer die Änderung vorgenommen hat.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="51"/>
        <source>The title must be a single line.</source>
        <translation>Der Titel muss einzeilig sein.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="54"/>
        <source>The title has %1 characters; the limit is %2.</source>
        <translation>Der Titel hat %1 Zeichen; das Limit ist %2.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="58"/>
        <source>The message text is empty.</source>
        <translation>Der Nachrichtentext ist leer.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="61"/>
        <source>The message has %1 characters; the limit is %2.</source>
        <translation>Die Nachricht hat %1 Zeichen; das Limit ist %2.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="133"/>
        <source>the category changed to %1, which needs legal review</source>
        <translation>die Kategorie wurde zu %1 geändert, was eine rechtliche Prüfung erfordert</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="231"/>
        <source>The audience label is limited to %1 characters.</source>
        <translation>Die Zielgruppenbezeichnung ist auf %1 Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="262"/>
        <source>The database did not return the new draft&apos;s id.</source>
        <translation>Die Datenbank hat die ID des neuen Entwurfs nicht zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="328"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftrows.cpp" line="125"/>
        <source>There is no draft with id %1.</source>
        <translation>Es gibt keinen Entwurf mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftrows.cpp" line="150"/>
        <source>Incident %1 has no draft #%2: it has no drafts yet.</source>
        <translation>Vorfall %1 hat keinen Entwurf #%2: Er hat noch keine Entwürfe.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftrows.cpp" line="155"/>
        <source>Incident %1 has no draft #%2: its only draft is #1.</source>
        <translation>Vorfall %1 hat keinen Entwurf #%2: Sein einziger Entwurf ist #1.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftrows.cpp" line="161"/>
        <source>Incident %1 has no draft #%2: its drafts are #1 to #%3.</source>
        <translation>Vorfall %1 hat keinen Entwurf #%2: Seine Entwürfe sind #1 bis #%3.</translation>
    </message>
</context>
<context>
    <name>warroom::DraftVersionModel</name>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="37"/>
        <source>legal: %1</source>
        <translation>Recht: %1</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="38"/>
        <source>IC: %1</source>
        <translation>IC: %1</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="75"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="77"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="79"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="81"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="83"/>
        <source>Signed / approved</source>
        <translation>Freigegeben / genehmigt</translation>
    </message>
</context>
<context>
    <name>warroom::DraftVersionsDialog</name>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="38"/>
        <source>Versions of draft #%1</source>
        <translation>Versionen von Entwurf #%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="44"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="66"/>
        <source>Changes from the version before</source>
        <translation>Änderungen gegenüber der vorherigen Version</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="68"/>
        <source>Co&amp;py changes as text</source>
        <translation>Änderungen als Text ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="70"/>
        <source>Copies the changes with removed words as [-words-] and added words as {+words+}, for an email or a ticket.</source>
        <translation>Kopiert die Änderungen mit entfernten Wörtern als [-Wörter-] und hinzugefügten Wörtern als {+Wörter+}, für eine E-Mail oder ein Ticket.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="82"/>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="84"/>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="128"/>
        <source>&lt;b&gt;Version %1&lt;/b&gt; is the first: all of its text is new.</source>
        <translation>&lt;b&gt;Version %1&lt;/b&gt; ist die erste: Ihr gesamter Text ist neu.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="136"/>
        <source>&lt;b&gt;Version %1&lt;/b&gt; renders the same text as version %2 (only placeholders or their values changed).</source>
        <translation>&lt;b&gt;Version %1&lt;/b&gt; ergibt denselben Text wie Version %2 (nur Platzhalter oder ihre Werte haben sich geändert).</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="140"/>
        <source>&lt;b&gt;Changes from version %1 to %2&lt;/b&gt;, as rendered: removed words struck through, added words underlined.</source>
        <translation>&lt;b&gt;Änderungen von Version %1 zu %2&lt;/b&gt;, wie dargestellt: entfernte Wörter durchgestrichen, hinzugefügte Wörter unterstrichen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="77"/>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="79"/>
        <source>As rendered when saved</source>
        <translation>Wie beim Speichern erzeugt</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="93"/>
        <source>&amp;Restore this text</source>
        <translation>Diesen Text &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>warroom::EmailPublisher</name>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="40"/>
        <source>email via %1</source>
        <translation>E-Mail über %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="46"/>
        <source>Incident update</source>
        <translation>Aktualisierung zum Vorfall</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="54"/>
        <source>The recipient is not an email address War Room can send to (local@domain); correct the contact.</source>
        <translation>Der Empfänger ist keine E-Mail-Adresse, an die War Room senden kann (lokal@domain); korrigieren Sie den Kontakt.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="60"/>
        <source>The message has no idempotency key; the outbox must give every row one.</source>
        <translation>Die Nachricht hat keinen Idempotenzschlüssel; der Postausgang muss jeder Zeile einen geben.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="77"/>
        <source>Could not start the mail transfer (libcurl).</source>
        <translation>Die Mailübertragung konnte nicht gestartet werden (libcurl).</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="116"/>
        <source>The mail server accepted the message (SMTP %1).</source>
        <translation>Der Mailserver hat die Nachricht angenommen (SMTP %1).</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="123"/>
        <source>The mail server refused the login (%1); check WARROOM_SMTP_USER and WARROOM_SMTP_PASSWORD.</source>
        <translation>Der Mailserver hat die Anmeldung abgelehnt (%1); prüfen Sie WARROOM_SMTP_USER und WARROOM_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="127"/>
        <source>The mail server does not offer STARTTLS (%1); War Room sends mail only encrypted: use smtps:// or a server that offers STARTTLS.</source>
        <translation>Der Mailserver bietet kein STARTTLS an (%1); War Room sendet Mails nur verschlüsselt: Verwenden Sie smtps:// oder einen Server mit STARTTLS.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="135"/>
        <source>The mail server&apos;s TLS certificate is not trusted (%1). Retrying cannot fix this.</source>
        <translation>Dem TLS-Zertifikat des Mailservers wird nicht vertraut (%1). Ein erneuter Versuch kann das nicht beheben.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="141"/>
        <source>WARROOM_SMTP_URL cannot be used (%1).</source>
        <translation>WARROOM_SMTP_URL kann nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="144"/>
        <source>The mail transfer was stopped because War Room is closing.</source>
        <translation>Die Mailübertragung wurde abgebrochen, weil War Room beendet wird.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="151"/>
        <source>The mail server refused the message (SMTP %1: %2).</source>
        <translation>Der Mailserver hat die Nachricht abgelehnt (SMTP %1: %2).</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="154"/>
        <source>The mail server deferred the message (SMTP %1: %2); will try again.</source>
        <translation>Der Mailserver hat die Nachricht zurückgestellt (SMTP %1: %2); neuer Versuch folgt.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="160"/>
        <source>Could not deliver to the mail server (%1); will try again.</source>
        <translation>Zustellung an den Mailserver fehlgeschlagen (%1); neuer Versuch folgt.</translation>
    </message>
</context>
<context>
    <name>warroom::FinalAccount</name>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="90"/>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="92"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="94"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="95"/>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="102"/>
        <source>done %1 late</source>
        <translation>%1 zu spät erledigt</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="104"/>
        <source>waived %1 after its due time: %2</source>
        <translation>%1 nach Fälligkeit erlassen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="106"/>
        <source>waived: %1</source>
        <translation>erlassen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="109"/>
        <source>still open at closing, %1 overdue</source>
        <translation>beim Schließen noch offen, %1 überfällig</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="110"/>
        <source>still open at closing (due %1)</source>
        <translation>beim Schließen noch offen (fällig %1)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="111"/>
        <source>still open at closing</source>
        <translation>beim Schließen noch offen</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="120"/>
        <source>%1 (%2 at %3)</source>
        <translation>%1 (%2 um %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/playbook/finalaccount.cpp" line="128"/>
        <source>%n done late</source>
        <translation>
            <numerusform>%n zu spät erledigt</numerusform>
            <numerusform>%n zu spät erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/playbook/finalaccount.cpp" line="130"/>
        <source>%n waived</source>
        <translation>
            <numerusform>%n erlassen</numerusform>
            <numerusform>%n erlassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/playbook/finalaccount.cpp" line="132"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n noch offen</numerusform>
            <numerusform>%n noch offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/playbook/finalaccount.cpp" line="139"/>
        <source>nothing missed: %n done on time</source>
        <translation>
            <numerusform>nichts verpasst: %n rechtzeitig erledigt</numerusform>
            <numerusform>nichts verpasst: %n rechtzeitig erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="140"/>
        <source>%1 missed: %2</source>
        <translation>%1 verpasst: %2</translation>
    </message>
</context>
<context>
    <name>warroom::FirstRun</name>
    <message>
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="73"/>
        <source>Remove demo data</source>
        <translation>Demodaten entfernen</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="80"/>
        <source>There is no demo data to remove.</source>
        <translation>Es gibt keine Demodaten zum Entfernen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="85"/>
        <source>Delete the demo data: %1, %2 and %3? Your own incidents, people and key accounts stay as they are.</source>
        <translation>Demodaten löschen: %1, %2 und %3? Ihre eigenen Vorfälle, Personen und Key Accounts bleiben unverändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="87"/>
        <source>%n demo incident(s)</source>
        <translation>
            <numerusform>%n Demo-Vorfall</numerusform>
            <numerusform>%n Demo-Vorfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="88"/>
        <source>%n demo person(s)</source>
        <translation>
            <numerusform>%n Demo-Person</numerusform>
            <numerusform>%n Demo-Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="89"/>
        <source>%n demo key account(s)</source>
        <translation>
            <numerusform>%n Demo-Key-Account</numerusform>
            <numerusform>%n Demo-Key-Accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warroom::GatePhrase</name>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="22"/>
        <source>Next step: edit the text.</source>
        <translation>Nächster Schritt: Text bearbeiten.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="24"/>
        <source>Next step: mark the draft as needing legal review.</source>
        <translation>Nächster Schritt: Entwurf als rechtlich prüfpflichtig markieren.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="26"/>
        <source>Next step: send the draft to legal review.</source>
        <translation>Nächster Schritt: Entwurf zur rechtlichen Prüfung senden.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="28"/>
        <source>Next step: sign off.</source>
        <translation>Nächster Schritt: freigeben.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="30"/>
        <source>Next step: request changes.</source>
        <translation>Nächster Schritt: Änderungen anfordern.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="32"/>
        <source>Next step: approve.</source>
        <translation>Nächster Schritt: genehmigen.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="34"/>
        <source>Next step: publish.</source>
        <translation>Nächster Schritt: veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="42"/>
        <source>Nothing is sent until the outbox delivers it; each delivery&apos;s state shows on the board and in &apos;warroomctl outbox&apos;. The text is final afterwards.</source>
        <translation>Nichts wird gesendet, bevor der Postausgang es zustellt; der Zustand jeder Zustellung erscheint auf dem Board und in &apos;warroomctl outbox&apos;. Danach ist der Text endgültig.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="47"/>
        <source>Publish draft #%1 as a status page update? It will be queued for: %2.</source>
        <translation>Entwurf #%1 als Aktualisierung der Statusseite veröffentlichen? Er wird eingereiht für: %2.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="51"/>
        <source>Publish draft #%1 as an email to affected customers? It will be queued for: %2.</source>
        <translation>Entwurf #%1 als E-Mail an betroffene Kunden veröffentlichen? Er wird eingereiht für: %2.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="55"/>
        <source>Publish draft #%1 as an in-app notice? It will be queued for: %2.</source>
        <translation>Entwurf #%1 als In-App-Hinweis veröffentlichen? Er wird eingereiht für: %2.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="58"/>
        <source>Publish draft #%1 as a key-account message? It will be queued for: %2.</source>
        <translation>Entwurf #%1 als Key-Account-Nachricht veröffentlichen? Er wird eingereiht für: %2.</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="62"/>
        <source>%1 %2</source>
        <comment>the publish question, then what happens after it</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>warroom::HttpOutcome</name>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="154"/>
        <source>The server&apos;s TLS certificate is not trusted (%1). Retrying cannot fix this: install a valid certificate on the server or add its CA to this machine&apos;s trust store.</source>
        <translation>Dem TLS-Zertifikat des Servers wird nicht vertraut (%1). Ein erneuter Versuch kann das nicht beheben: Installieren Sie ein gültiges Zertifikat auf dem Server oder fügen Sie dessen CA dem Zertifikatsspeicher dieses Rechners hinzu.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="160"/>
        <source>No answer from the server in time; will try again.</source>
        <translation>Keine rechtzeitige Antwort vom Server; neuer Versuch folgt.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="164"/>
        <source>The request cannot be sent: %1.</source>
        <translation>Die Anfrage kann nicht gesendet werden: %1.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="165"/>
        <source>Could not reach the server (%1); will try again.</source>
        <translation>Der Server ist nicht erreichbar (%1); neuer Versuch folgt.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="168"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="173"/>
        <source>%1, but the connection broke before the whole answer arrived (%2); will try again.</source>
        <translation>%1, aber die Verbindung brach ab, bevor die ganze Antwort ankam (%2); neuer Versuch folgt.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="181"/>
        <source>%1: the server redirects elsewhere, and War Room does not follow redirects; configure the final URL.</source>
        <translation>%1: Der Server leitet weiter, und War Room folgt keinen Weiterleitungen; konfigurieren Sie die endgültige URL.</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentFields</name>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="28"/>
        <source>Title must not be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="31"/>
        <source>Title is longer than %1 characters.</source>
        <translation>Der Titel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="34"/>
        <source>Title must be one line without control characters.</source>
        <translation>Der Titel muss einzeilig und ohne Steuerzeichen sein.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="39"/>
        <source>Affected task type is longer than %1 characters.</source>
        <translation>Der betroffene Aufgabentyp ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="45"/>
        <source>Share of users affected must be between 0 and 100 percent.</source>
        <translation>Der Anteil betroffener Nutzer muss zwischen 0 und 100 Prozent liegen.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="50"/>
        <source>Number of enterprise customers affected cannot be negative.</source>
        <translation>Die Zahl betroffener Unternehmenskunden kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="54"/>
        <source>Detected-at time is missing or not a valid time.</source>
        <translation>Der Erkennungszeitpunkt fehlt oder ist keine gültige Zeit.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="57"/>
        <source>Detected-at time %1 is before %2; check the year.</source>
        <translation>Der Erkennungszeitpunkt %1 liegt vor %2; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="62"/>
        <source>Detected-at time %1 is in the future (now is %2).</source>
        <translation>Der Erkennungszeitpunkt %1 liegt in der Zukunft (jetzt ist %2).</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentListModel</name>
    <message numerus="yes">
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="149"/>
        <source>%1% users · %n enterprise</source>
        <translation>
            <numerusform>%1 % Nutzer · %n Unternehmenskunde</numerusform>
            <numerusform>%1 % Nutzer · %n Unternehmenskunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="163"/>
        <source>%n overdue; the oldest: %1 (%2)</source>
        <translation>
            <numerusform>%n überfällig; die älteste: %1 (%2)</numerusform>
            <numerusform>%n überfällig; die älteste: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="167"/>
        <source>Next: %1 in %2 (due %3 UTC)</source>
        <translation>Nächste: %1 in %2 (fällig %3 UTC)</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="172"/>
        <source>No open obligation has a due time.</source>
        <translation>Keine offene Pflicht hat eine Fälligkeitszeit.</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="180"/>
        <source>%1
Task type: %2</source>
        <translation>%1
Aufgabentyp: %2</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="206"/>
        <source>Playbook obligations overdue, and the time left until the next one is due</source>
        <translation>Überfällige Playbook-Pflichten und die Zeit bis zur nächsten Fälligkeit</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="211"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="213"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="215"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="217"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="221"/>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="223"/>
        <source>Detected (UTC)</source>
        <translation>Erkannt (UTC)</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="225"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="460"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="463"/>
        <source>next in %1</source>
        <translation>nächste in %1</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentListToggle</name>
    <message>
        <location filename="../src/widgets/incidents/incidentlisttoggle.cpp" line="13"/>
        <source>Show &amp;incident list</source>
        <translation>Vorfall&amp;liste anzeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentlisttoggle.cpp" line="18"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentlisttoggle.cpp" line="20"/>
        <source>Hide the incident list to give the incident the full width, or show it again</source>
        <translation>Vorfallliste ausblenden, damit der Vorfall die volle Breite erhält, oder wieder anzeigen</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentStore</name>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="79"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>Der Autor darf nicht leer sein: Geben Sie an, wer die Änderung vorgenommen hat.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="109"/>
        <source>The database did not return the new incident&apos;s id.</source>
        <translation>Die Datenbank hat die ID des neuen Vorfalls nicht zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="197"/>
        <source>Cannot change status of incident %1 from %2 to %3: %4.</source>
        <translation>Der Status von Vorfall %1 kann nicht von %2 zu %3 geändert werden: %4.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="226"/>
        <source>A note must not be empty.</source>
        <translation>Eine Notiz darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="229"/>
        <source>A note is limited to %1 characters; this one has %2.</source>
        <translation>Eine Notiz ist auf %1 Zeichen begrenzt; diese hat %2.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="294"/>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Vorfall %1.</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentView</name>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="128"/>
        <source>Status history (UTC)</source>
        <translation>Statusverlauf (UTC)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="138"/>
        <source>Move to:</source>
        <translation>Wechseln zu:</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="149"/>
        <source>&amp;Edit fields…</source>
        <translation>Felder &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="221"/>
        <source>&amp;Phase board</source>
        <translation>&amp;Phasen-Board</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="222"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="224"/>
        <source>C&amp;ommunications</source>
        <translation>&amp;Kommunikation</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="191"/>
        <source>Add a note to the timeline (&quot;no new progress&quot; counts)</source>
        <translation>Notiz zur Zeitleiste hinzufügen (auch „kein neuer Fortschritt“ zählt)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="141"/>
        <source>Move to status</source>
        <translation>Status wechseln</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="143"/>
        <source>choose…</source>
        <translation>wählen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="146"/>
        <source>Set stat&amp;us</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="180"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="190"/>
        <source>Note for the timeline</source>
        <translation>Notiz für die Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="193"/>
        <source>&amp;Add note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="226"/>
        <source>Roles &amp;&amp; ca&amp;lls</source>
        <translation>Rollen &amp;&amp; &amp;Anrufe</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="248"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="253"/>
        <source>Type a note for the timeline (Return adds it)</source>
        <translation>Notiz für die Zeitleiste eingeben (Eingabe fügt sie hinzu)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="254"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="259"/>
        <source>Type a progress sync (Return posts it)</source>
        <translation>Fortschrittsmeldung eingeben (Eingabe postet sie)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="260"/>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="265"/>
        <source>New announcement draft: choose the template (Alt+C creates it)</source>
        <translation>Neuer Mitteilungsentwurf: Vorlage wählen (Alt+C erstellt ihn)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="266"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="271"/>
        <source>Tick calls: the call tracker&apos;s selected account (then a status key)</source>
        <translation>Anrufe abhaken: ausgewähltes Konto im Anruf-Tracker (dann eine Statustaste)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="272"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="335"/>
        <source>#%1  Loading the incident and its timeline…</source>
        <translation>#%1  Vorfall und Zeitleiste werden geladen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="359"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="361"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="362"/>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="362"/>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="363"/>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="364"/>
        <source>Enterprise customers</source>
        <translation>Unternehmenskunden</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="365"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="366"/>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="493"/>
        <source>Close incident #%1?</source>
        <translation>Vorfall #%1 schließen?</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="494"/>
        <source>Close incident #%1 &quot;%2&quot;?</source>
        <translation>Vorfall #%1 „%2“ schließen?</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="498"/>
        <source>Moving to &quot;%1&quot; cannot be undone: the status cannot change afterwards (declare a new incident for a relapse), and the phase board stops and shows what was missed. Every playbook obligation must be done or waived first.</source>
        <translation>Der Wechsel zu „%1“ kann nicht rückgängig gemacht werden: Der Status kann sich danach nicht mehr ändern (rufen Sie bei einem Rückfall einen neuen Vorfall aus), und das Phasen-Board hält an und zeigt, was verpasst wurde. Jede Playbook-Pflicht muss vorher erledigt oder erlassen sein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="503"/>
        <source>Close incident #%1</source>
        <translation>Vorfall #%1 schließen</translation>
    </message>
</context>
<context>
    <name>warroom::InputLimits</name>
    <message>
        <location filename="../src/core/base/inputlimits.cpp" line="46"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>Der Autor darf nicht leer sein: Geben Sie an, wer die Änderung vorgenommen hat.</translation>
    </message>
    <message>
        <location filename="../src/core/base/inputlimits.cpp" line="48"/>
        <source>The author&apos;s name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name des Autors hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/core/base/inputlimits.cpp" line="52"/>
        <source>The author&apos;s name contains a line break or control character (U+%1) at character %2; give the name on one line.</source>
        <translation>Der Name des Autors enthält an Zeichen %2 einen Zeilenumbruch oder ein Steuerzeichen (U+%1); geben Sie den Namen in einer Zeile an.</translation>
    </message>
</context>
<context>
    <name>warroom::JsonReader</name>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="40"/>
        <source>%1: the file is empty; it should hold a JSON object { ... }.</source>
        <translation>%1: Die Datei ist leer; sie sollte ein JSON-Objekt { ... } enthalten.</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="47"/>
        <source>%1:%2:%3: not valid JSON: %4.</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4.</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="56"/>
        <source>%1:1: the top level must be a JSON object { ... }, not a list or a value.</source>
        <translation>%1:1: Die oberste Ebene muss ein JSON-Objekt { ... } sein, keine Liste und kein Wert.</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="72"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="79"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="81"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="83"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="85"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="87"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="89"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="93"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="100"/>
        <source>must be an object { ... }, not %1</source>
        <translation>muss ein Objekt { ... } sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="105"/>
        <source>unknown key &quot;%1&quot;; the keys allowed here are: %2</source>
        <translation>unbekannter Schlüssel „%1“; hier erlaubte Schlüssel: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="115"/>
        <location filename="../src/core/io/jsonreader.cpp" line="149"/>
        <location filename="../src/core/io/jsonreader.cpp" line="168"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="123"/>
        <source>must be a text in quotes, not %1</source>
        <translation>muss ein Text in Anführungszeichen sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="125"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="136"/>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits and single dashes (&quot;first-announcement&quot;)</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche („first-announcement“)</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="152"/>
        <source>must be a number, not %1</source>
        <translation>muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="155"/>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="158"/>
        <source>must not be negative (got %1)</source>
        <translation>darf nicht negativ sein (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="159"/>
        <source>must be at least %1 (got %2)</source>
        <translation>muss mindestens %1 sein (erhalten: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="171"/>
        <source>must be a list [ ... ], not %1</source>
        <translation>muss eine Liste [ ... ] sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="173"/>
        <source>must not be an empty list</source>
        <translation>darf keine leere Liste sein</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="182"/>
        <source>&quot;%1&quot; is not allowed here; use one of: %2</source>
        <translation>„%1“ ist hier nicht erlaubt; verwenden Sie eines von: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="191"/>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>warroom::KeyAccount</name>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="32"/>
        <source>An account needs the customer&apos;s name.</source>
        <translation>Ein Konto braucht den Namen des Kunden.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="36"/>
        <source>A customer name is limited to %1 characters; this one has %2.</source>
        <translation>Ein Kundenname ist auf %1 Zeichen begrenzt; dieser hat %2.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="41"/>
        <source>ARR must be between 0 and %1.</source>
        <translation>ARR muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="44"/>
        <source>Rank must be between 1 and %1.</source>
        <translation>Der Rang muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="48"/>
        <source>Give a rank or an ARR: the accounts to call are proposed by them.</source>
        <translation>Geben Sie einen Rang oder einen ARR an: Danach werden die anzurufenden Konten vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="51"/>
        <source>An account needs its owning customer success manager.</source>
        <translation>Ein Konto braucht seinen zuständigen Customer Success Manager.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="55"/>
        <source>An account needs at least one primary contact to call.</source>
        <translation>Ein Konto braucht mindestens einen Hauptkontakt zum Anrufen.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="59"/>
        <source>At most %1 primary contacts per account.</source>
        <translation>Höchstens %1 Hauptkontakte pro Konto.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="64"/>
        <source>Contact %1 needs a name.</source>
        <translation>Kontakt %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="75"/>
        <source>Contact %1 needs a phone number or a Slack handle: the playbook reaches key accounts by phone or Slack, not email.</source>
        <translation>Kontakt %1 braucht eine Telefonnummer oder ein Slack-Handle: Laut Playbook werden Key Accounts per Telefon oder Slack erreicht, nicht per E-Mail.</translation>
    </message>
</context>
<context>
    <name>warroom::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="33"/>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="46"/>
        <source>Everywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="40"/>
        <source>Menu %1</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="78"/>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="85"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="85"/>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="85"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="104"/>
        <source>%1 or %2: %3</source>
        <translation>%1 oder %2: %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="108"/>
        <source>&lt;p&gt;&lt;b&gt;Phase board:&lt;/b&gt; Return or Enter on the selected row marks it done, like the Done button.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Call tracker&lt;/b&gt;, on the selected account: %1; Return writes a note.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alt + the underlined letter&lt;/b&gt; presses that button, opens that menu or tab, or goes to that field; no letter is used twice in a window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Phasen-Board:&lt;/b&gt; Eingabe in der ausgewählten Zeile markiert sie als erledigt, wie die Schaltfläche „Erledigt“.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anruf-Tracker&lt;/b&gt;, beim ausgewählten Konto: %1; Eingabe schreibt eine Notiz.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alt + unterstrichener Buchstabe&lt;/b&gt; betätigt diese Schaltfläche, öffnet dieses Menü oder diesen Reiter oder springt zu diesem Feld; kein Buchstabe wird in einem Fenster zweimal verwendet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>warroom::Lint</name>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="203"/>
        <source>War Room does not know {{%1}}.</source>
        <translation>War Room kennt {{%1}} nicht.</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="204"/>
        <source>Did you mean {{%1}}?</source>
        <translation>Meinten Sie {{%1}}?</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="206"/>
        <source>{{%1}} has no value yet.</source>
        <translation>{{%1}} hat noch keinen Wert.</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="238"/>
        <source>The %1 title has %2 characters; the limit is %3.</source>
        <translation>Der Titel für den Kanal „%1“ hat %2 Zeichen; das Limit ist %3.</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="239"/>
        <source>The %1 text has %2 characters; the limit is %3.</source>
        <translation>Der Text für den Kanal „%1“ hat %2 Zeichen; das Limit ist %3.</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="246"/>
        <source>The %1 needs a title.</source>
        <translation>Der Kanal „%1“ braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="251"/>
        <source>The %1 has no title; leave it empty.</source>
        <translation>Der Kanal „%1“ hat keinen Titel; lassen Sie ihn leer.</translation>
    </message>
</context>
<context>
    <name>warroom::LintFindingModel</name>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="19"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="20"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="66"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="66"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="71"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="83"/>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="99"/>
        <source>Rule &lt;tt&gt;%1&lt;/tt&gt;, in the %2.</source>
        <translation>Regel &lt;tt&gt;%1&lt;/tt&gt;, im %2.</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="84"/>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="100"/>
        <source>Rule &lt;tt&gt;%1&lt;/tt&gt;, in the %2: “%3”</source>
        <translation>Regel &lt;tt&gt;%1&lt;/tt&gt;, im %2: „%3“</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="87"/>
        <source>Playbook: %1</source>
        <translation>Playbook: %1</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="96"/>
        <source>&lt;i&gt;Suggested fix:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Vorgeschlagene Korrektur:&lt;/i&gt; %1</translation>
    </message>
</context>
<context>
    <name>warroom::LintHighlighter</name>
    <message>
        <location filename="../src/widgets/comms/linthighlighter.cpp" line="126"/>
        <source>War Room does not know this placeholder.</source>
        <translation>War Room kennt diesen Platzhalter nicht.</translation>
    </message>
</context>
<context>
    <name>warroom::LintRules</name>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="71"/>
        <source>macros nest more than four levels deep (a macro may be using itself)</source>
        <translation>Makros sind mehr als vier Ebenen tief verschachtelt (ein Makro verwendet vielleicht sich selbst)</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="80"/>
        <source>&quot;&lt;&lt;&quot; at %1 has no closing &quot;&gt;&gt;&quot;</source>
        <translation>„&lt;&lt;“ bei %1 hat kein schließendes „&gt;&gt;“</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="84"/>
        <source>unknown macro &lt;&lt;%1&gt;&gt;; the macros are: %2</source>
        <translation>unbekanntes Makro &lt;&lt;%1&gt;&gt;; die Makros sind: %2</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="102"/>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Strings sein</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="108"/>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="128"/>
        <source>unknown pattern set @%1</source>
        <translation>unbekannte Mustergruppe @%1</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="146"/>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2 an Position %3</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="152"/>
        <source>&quot;%1&quot; matches empty text; a pattern must match words</source>
        <translation>„%1“ passt auf leeren Text; ein Muster muss auf Wörter passen</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="166"/>
        <source>&quot;%1&quot; is not a rule id: use lowercase letters, digits and dashes</source>
        <translation>„%1“ ist keine Regel-ID: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="177"/>
        <source>&quot;%1&quot; must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>„%1“ muss &quot;error&quot; oder &quot;warning&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="189"/>
        <source>&quot;%1&quot; is not a check; the checks are: %2</source>
        <translation>„%1“ ist keine Prüfung; die Prüfungen sind: %2</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="200"/>
        <source>a &quot;%1&quot; rule needs at least one pattern</source>
        <translation>eine „%1“-Regel braucht mindestens ein Muster</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="203"/>
        <source>a &quot;%1&quot; rule takes no patterns</source>
        <translation>eine „%1“-Regel nimmt keine Muster</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="213"/>
        <source>&quot;%1&quot; is not a category; the categories are: %2</source>
        <translation>„%1“ ist keine Kategorie; die Kategorien sind: %2</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="229"/>
        <source>&quot;%1&quot; is not an announcement kind; the kinds are: %2</source>
        <translation>„%1“ ist keine Mitteilungsart; die Arten sind: %2</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="253"/>
        <source>every rule needs a message</source>
        <translation>jede Regel braucht eine Meldung</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="256"/>
        <source>every rule names the playbook line it comes from</source>
        <translation>jede Regel nennt die Playbook-Zeile, aus der sie stammt</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="265"/>
        <source>offset %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="267"/>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="267"/>
        <source>must be a JSON object with &quot;rules&quot;</source>
        <translation>muss ein JSON-Objekt mit &quot;rules&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="273"/>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="279"/>
        <source>must be a list of patterns</source>
        <translation>muss eine Liste von Mustern sein</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="285"/>
        <source>must be a non-empty list of rules</source>
        <translation>muss eine nicht leere Liste von Regeln sein</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="289"/>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="291"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="297"/>
        <source>the id &quot;%1&quot; is used by an earlier rule</source>
        <translation>die ID „%1“ wird bereits von einer früheren Regel verwendet</translation>
    </message>
</context>
<context>
    <name>warroom::LoginKeychain</name>
    <message>
        <location filename="../src/integrations/login/loginkeychain.cpp" line="58"/>
        <source>The desktop keychain cannot be read (%1): the password is asked for instead.</source>
        <translation>Der Schlüsselbund des Desktops kann nicht gelesen werden (%1): Das Passwort wird stattdessen abgefragt.</translation>
    </message>
    <message>
        <location filename="../src/integrations/login/loginkeychain.cpp" line="72"/>
        <source>The desktop keychain did not forget the password of %1 (%2).</source>
        <translation>Der Schlüsselbund des Desktops hat das Passwort für %1 nicht entfernt (%2).</translation>
    </message>
    <message>
        <location filename="../src/integrations/login/loginkeychain.cpp" line="81"/>
        <source>The desktop keychain did not store the password of %1 (%2): it will be asked for at the next start. Without a keychain service (a desktop session with GNOME Keyring or KWallet), put it in ~/.pgpass instead (docs/shared-mode.md).</source>
        <translation>Der Schlüsselbund des Desktops hat das Passwort für %1 nicht gespeichert (%2): Es wird beim nächsten Start erneut abgefragt. Ohne Schlüsselbunddienst (eine Desktop-Sitzung mit GNOME Keyring oder KWallet) legen Sie es stattdessen in ~/.pgpass ab (docs/shared-mode.md).</translation>
    </message>
</context>
<context>
    <name>warroom::MainWindow</name>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="55"/>
        <source>War Room</source>
        <translation>War Room</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="70"/>
        <source>Filter incidents</source>
        <translation>Vorfälle filtern</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="71"/>
        <source>Filter incidents (title, category, status, task type)</source>
        <translation>Vorfälle filtern (Titel, Kategorie, Status, Aufgabentyp)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="75"/>
        <source>Show closed i&amp;ncidents</source>
        <translation>Geschl&amp;ossene Vorfälle anzeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="87"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="102"/>
        <source>No incident selected.
Declare one with Ctrl+N or pick one on the left.</source>
        <translation>Kein Vorfall ausgewählt.
Rufen Sie mit Ctrl+N einen aus oder wählen Sie links einen aus.</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="228"/>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="230"/>
        <source>&amp;Declare incident…</source>
        <translation>Vorfall &amp;ausrufen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="234"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="239"/>
        <source>The channel settings: where announcements are delivered.</source>
        <translation>Die Kanaleinstellungen: wohin Mitteilungen zugestellt werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="244"/>
        <source>Di&amp;rectory</source>
        <translation>Ve&amp;rzeichnis</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="245"/>
        <source>&amp;People directory…</source>
        <translation>&amp;Personenverzeichnis…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="249"/>
        <source>Import p&amp;eople from CSV…</source>
        <translation>P&amp;ersonen aus CSV importieren…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="252"/>
        <source>Import &amp;key accounts from CSV…</source>
        <translation>&amp;Key Accounts aus CSV importieren…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="256"/>
        <source>Remove &amp;demo data…</source>
        <translation>&amp;Demodaten entfernen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="259"/>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="260"/>
        <source>&amp;New window</source>
        <translation>&amp;Neues Fenster</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="260"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="265"/>
        <source>&amp;Larger text (wall screen)</source>
        <translation>&amp;Größere Schrift (Wandbildschirm)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="267"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="269"/>
        <source>&amp;Default text size</source>
        <translation>&amp;Standardschriftgröße</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="269"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="271"/>
        <source>&amp;Wall screen</source>
        <translation>&amp;Wandbildschirm</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="280"/>
        <source>Set &amp;your name…</source>
        <translation>&amp;Ihren Namen festlegen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="285"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="286"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="298"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="307"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="390"/>
        <source>Opening incident #%1…</source>
        <translation>Vorfall #%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="517"/>
        <source>Text size %1 pt</source>
        <translation>Schriftgröße %1 pt</translation>
    </message>
</context>
<context>
    <name>warroom::Migrations</name>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="131"/>
        <source>%1 is an SQLite database of another program (it has tables but no War Room schema). The file was left untouched; choose a War Room database or a new file name.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms (sie hat Tabellen, aber kein War-Room-Schema). Die Datei wurde nicht verändert; wählen Sie eine War-Room-Datenbank oder einen neuen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="157"/>
        <source>%1 records schema version %2 in its %3 table, which no War Room writes (versions are whole numbers from 1 to %4): the table was changed by hand or the file is damaged. The file was left untouched; restore it from a backup.</source>
        <translation>%1 verzeichnet in ihrer Tabelle %3 die Schemaversion %2, die keine War-Room-Version schreibt (Versionen sind ganze Zahlen von 1 bis %4): Die Tabelle wurde von Hand geändert oder die Datei ist beschädigt. Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="166"/>
        <source>%1 was written by a newer War Room (schema version %2; this build understands up to %3). Upgrade War Room to open it; the file was left untouched.</source>
        <translation>%1 wurde von einer neueren War-Room-Version geschrieben (Schemaversion %2; dieser Build versteht bis %3). Aktualisieren Sie War Room, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="200"/>
        <location filename="../src/storage/migrations/migrations.cpp" line="208"/>
        <source>Upgrading the schema to version %1 failed: %2</source>
        <translation>Aktualisierung des Schemas auf Version %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>warroom::NotifyChangeSignal</name>
    <message>
        <location filename="../src/storage/db/notifychangesignal.cpp" line="32"/>
        <source>%1: cannot listen for other seats&apos; changes (LISTEN %2 failed: %3). Check that the server is reachable and try again.</source>
        <translation>%1: Änderungen anderer Arbeitsplätze können nicht empfangen werden (LISTEN %2 fehlgeschlagen: %3). Prüfen Sie, ob der Server erreichbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>warroom::Obligation</name>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="51"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="53"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="55"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="57"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="59"/>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="61"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="77"/>
        <source>%1 s</source>
        <comment>countdown under a minute: seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="79"/>
        <source>%1 m %2 s</source>
        <comment>countdown under an hour: minutes, seconds (2 digits)</comment>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="83"/>
        <source>%1 h %2 m</source>
        <comment>countdown from an hour on: hours, minutes (2 digits)</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="86"/>
        <source>%1 d %2 h</source>
        <comment>countdown from 48 hours on: days, hours (2 digits)</comment>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="97"/>
        <source>overdue %1</source>
        <translation>überfällig %1</translation>
    </message>
</context>
<context>
    <name>warroom::ObligationAlert</name>
    <message>
        <location filename="../src/models/board/obligationalerts.cpp" line="11"/>
        <source>%1: %2 (%3, due %4)</source>
        <translation>%1: %2 (%3, fällig %4)</translation>
    </message>
</context>
<context>
    <name>warroom::OfflineBanner</name>
    <message>
        <location filename="../src/widgets/common/offlinebanner.cpp" line="65"/>
        <source>OFFLINE — changes are not being saved. %1 stopped answering at %2 (%3); anything you try to change is refused until it is back.</source>
        <translation>OFFLINE — Änderungen werden nicht gespeichert. %1 antwortet seit %2 nicht mehr (%3); jede Änderung wird abgelehnt, bis der Server wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/common/offlinebanner.cpp" line="71"/>
        <source>Reconnecting: next try in %n s.</source>
        <translation>
            <numerusform>Neue Verbindung: nächster Versuch in %n s.</numerusform>
            <numerusform>Neue Verbindung: nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/common/offlinebanner.cpp" line="74"/>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/offlinebanner.cpp" line="83"/>
        <source>Back online at %1: everything other seats changed meanwhile was read again.</source>
        <translation>Wieder online um %1: alles, was andere Plätze inzwischen geändert haben, wurde neu gelesen.</translation>
    </message>
</context>
<context>
    <name>warroom::OutboxSender</name>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="62"/>
        <source>The sender that was delivering this (%1) stopped mid-send; sending it again with the same idempotency key.</source>
        <translation>Der Sender, der dies zustellte (%1), hat mitten im Senden aufgehört; es wird mit demselben Idempotenzschlüssel erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="69"/>
        <source>Could not resume outbox row %1 left by a sender that stopped mid-send (%2): %3</source>
        <translation>Postausgangszeile %1, die ein mitten im Senden abgebrochener Sender hinterlassen hat (%2), konnte nicht wieder aufgenommen werden: %3</translation>
    </message>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="184"/>
        <source>gave up after 1 attempt: %1</source>
        <translation>nach 1 Versuch aufgegeben: %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="185"/>
        <source>gave up after %1 attempts: %2</source>
        <translation>nach %1 Versuchen aufgegeben: %2</translation>
    </message>
</context>
<context>
    <name>warroom::OutboxStore</name>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="154"/>
        <source>No outbox row %1.</source>
        <translation>Keine Postausgangszeile %1.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="188"/>
        <source>Say who you are: the retry is recorded under a name.</source>
        <translation>Geben Sie an, wer Sie sind: Der erneute Versuch wird unter einem Namen erfasst.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="216"/>
        <source>Say who you are: a post by hand is recorded under the name of who posted it.</source>
        <translation>Geben Sie an, wer Sie sind: Eine Veröffentlichung von Hand wird unter dem Namen der veröffentlichenden Person erfasst.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="197"/>
        <source>%1 Only a failed row is queued again.</source>
        <translation>%1 Nur eine fehlgeschlagene Zeile wird erneut eingereiht.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="227"/>
        <source>%1 Nothing is left to post.</source>
        <translation>%1 Es ist nichts mehr zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="236"/>
        <source>Outbox row %1 is being sent right now; wait for the attempt to end, so the message does not go out twice.</source>
        <translation>Postausgangszeile %1 wird gerade gesendet; warten Sie, bis der Versuch endet, damit die Nachricht nicht zweimal hinausgeht.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="291"/>
        <source>Outbox row %1 is not due or was taken by another sender.</source>
        <translation>Postausgangszeile %1 ist nicht fällig oder wurde von einem anderen Sender übernommen.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="322"/>
        <source>Outbox row %1 is no longer held by %2.</source>
        <translation>Postausgangszeile %1 wird nicht mehr von %2 gehalten.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="335"/>
        <source>Outbox row %1 is no longer claimed by this sender; its outcome is not recorded.</source>
        <translation>Postausgangszeile %1 wird nicht mehr von diesem Sender beansprucht; ihr Ergebnis wird nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>warroom::Outreach</name>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="94"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="96"/>
        <source>calling</source>
        <translation>wird angerufen</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="98"/>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="100"/>
        <source>left message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="102"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="115"/>
        <source>unreachable on phone, Slack not tried</source>
        <translation>telefonisch nicht erreichbar, Slack nicht versucht</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="117"/>
        <source>unreachable on Slack, phone not tried</source>
        <translation>über Slack nicht erreichbar, Telefon nicht versucht</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="118"/>
        <source>unreachable, other channels not tried</source>
        <translation>nicht erreichbar, andere Kanäle nicht versucht</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="147"/>
        <source>No key accounts selected</source>
        <translation>Keine Key Accounts ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="148"/>
        <source>%1 of %2 closed out (%3 reached), %4 still open, %5 not started</source>
        <translation>%1 von %2 abgeschlossen (%3 erreicht), %4 noch offen, %5 nicht begonnen</translation>
    </message>
</context>
<context>
    <name>warroom::OutreachChannel</name>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="17"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="18"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="33"/>
        <source>Email is not an outreach channel for key accounts: the playbook says to contact the top customers&apos; primary contacts by phone or Slack, not email, so they hear it from a person now rather than find it in an inbox later. Use phone or slack.</source>
        <translation>E-Mail ist kein Kontaktkanal für Key Accounts: Laut Playbook werden die Hauptkontakte der Top-Kunden per Telefon oder Slack kontaktiert, nicht per E-Mail, damit sie es jetzt von einer Person hören, statt es später im Posteingang zu finden. Verwenden Sie phone oder slack.</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="39"/>
        <source>Unknown outreach channel &quot;%1&quot;; use phone or slack.</source>
        <translation>Unbekannter Kontaktkanal „%1“; verwenden Sie phone oder slack.</translation>
    </message>
</context>
<context>
    <name>warroom::OutreachStore</name>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="49"/>
        <source>Select at least one key account; the key-account list is empty or none was chosen.</source>
        <translation>Wählen Sie mindestens einen Key Account aus; die Key-Account-Liste ist leer oder keiner wurde gewählt.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="54"/>
        <source>At most %1 accounts can be selected for outreach.</source>
        <translation>Höchstens %1 Konten können für die Kontaktaufnahme ausgewählt werden.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="60"/>
        <source>Account %1 is selected twice.</source>
        <translation>Konto %1 ist doppelt ausgewählt.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="68"/>
        <source>%1 is no longer on the key-account list.</source>
        <translation>%1 ist nicht mehr auf der Key-Account-Liste.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="81"/>
        <source>Propose between 1 and %1 accounts.</source>
        <translation>Schlagen Sie zwischen 1 und %1 Konten vor.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="110"/>
        <source>A note is limited to %1 characters; this one has %2.</source>
        <translation>Eine Notiz ist auf %1 Zeichen begrenzt; diese hat %2.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="116"/>
        <source>Say how the customer was contacted: phone or slack (the playbook&apos;s channels).</source>
        <translation>Geben Sie an, wie der Kunde kontaktiert wurde: phone oder slack (die Kanäle des Playbooks).</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="141"/>
        <source>%1 has no %2 contact on the key-account list; record the call on the channel you used (%3), or add the contact to the list first.</source>
        <translation>%1 hat keinen %2-Kontakt auf der Key-Account-Liste; erfassen Sie den Anruf auf dem verwendeten Kanal (%3), oder fügen Sie den Kontakt zuerst der Liste hinzu.</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="156"/>
        <source>Account %1 is not selected for outreach on incident %2; select it first.</source>
        <translation>Konto %1 ist für Vorfall %2 nicht zur Kontaktaufnahme ausgewählt; wählen Sie es zuerst aus.</translation>
    </message>
</context>
<context>
    <name>warroom::PasswordDialog</name>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="19"/>
        <source>Shared war room login</source>
        <translation>Anmeldung am gemeinsamen War Room</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="21"/>
        <source>&amp;Password for %1 on %2:</source>
        <translation>&amp;Passwort für %1 auf %2:</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="33"/>
        <source>&amp;Remember in the desktop keychain</source>
        <translation>Im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="39"/>
        <source>The password is never saved in War Room&apos;s settings. Instead of typing it, you can also keep it in ~/.pgpass or PGPASSWORD.</source>
        <translation>Das Passwort wird nie in den Einstellungen von War Room gespeichert. Statt es einzutippen, können Sie es auch in ~/.pgpass oder PGPASSWORD hinterlegen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="41"/>
        <source>No desktop keychain answers here, so the password cannot be remembered: keep it in ~/.pgpass or PGPASSWORD instead of typing it at every start.</source>
        <translation>Hier antwortet kein Schlüsselbund des Desktops, daher kann das Passwort nicht gespeichert werden: Hinterlegen Sie es in ~/.pgpass oder PGPASSWORD, statt es bei jedem Start einzutippen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="49"/>
        <source>&amp;Log in</source>
        <translation>A&amp;nmelden</translation>
    </message>
</context>
<context>
    <name>warroom::PeopleDirectoryDialog</name>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="30"/>
        <source>People directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="35"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="41"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="42"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="43"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="44"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="109"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="110"/>
        <source>Remove %1 from the directory? Incidents keep their record of what %1 did.</source>
        <translation>%1 aus dem Verzeichnis entfernen? Vorfälle behalten ihre Aufzeichnung dessen, was %1 getan hat.</translation>
    </message>
</context>
<context>
    <name>warroom::PeopleModel</name>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="74"/>
        <source>Can hold</source>
        <translation>Mögliche Rollen</translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="76"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="78"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="80"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>warroom::PeopleStore</name>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="33"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>Der Autor darf nicht leer sein: Geben Sie an, wer die Änderung vorgenommen hat.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="94"/>
        <location filename="../src/storage/roles/peoplestore.cpp" line="142"/>
        <source>There is no person %1 in the directory.</source>
        <translation>Es gibt keine Person %1 im Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="119"/>
        <source>The database did not return the new person&apos;s id.</source>
        <translation>Die Datenbank hat die ID der neuen Person nicht zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="171"/>
        <location filename="../src/storage/roles/peoplestore.cpp" line="198"/>
        <source>There is already a person named &quot;%1&quot; in the directory.</source>
        <translation>Es gibt bereits eine Person namens „%1“ im Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="227"/>
        <source>%1 is the CSM of %2 key account(s) (%3); import the key accounts with another CSM before removing them.</source>
        <translation>%1 ist CSM von %2 Key Account(s) (%3); importieren Sie die Key Accounts mit einem anderen CSM, bevor Sie die Person entfernen.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="255"/>
        <source>Nothing was imported; the file has %1 problem(s):</source>
        <translation>Es wurde nichts importiert; die Datei hat %1 Problem(e):</translation>
    </message>
</context>
<context>
    <name>warroom::Person</name>
    <message>
        <location filename="../src/core/roles/person.cpp" line="50"/>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="53"/>
        <source>A name is limited to %1 characters; this one has %2.</source>
        <translation>Ein Name ist auf %1 Zeichen begrenzt; dieser hat %2.</translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="64"/>
        <source>%1 has no phone, Slack handle or email: give at least one way to reach them.</source>
        <translation>%1 hat weder Telefon noch Slack-Handle noch E-Mail: Geben Sie mindestens einen Weg an, die Person zu erreichen.</translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="66"/>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="88"/>
        <source>Unknown role %1; the roles are %2 (separate several with &quot;;&quot;).</source>
        <translation>Unbekannte Rolle %1; die Rollen sind %2 (mehrere mit „;“ trennen).</translation>
    </message>
</context>
<context>
    <name>warroom::PersonDialog</name>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="21"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="21"/>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="32"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="33"/>
        <source>&amp;Slack:</source>
        <translation>&amp;Slack:</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="34"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="35"/>
        <source>+1 415 555 0101</source>
        <translation>+1 415 555 0101</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="36"/>
        <source>@handle</source>
        <translation>@handle</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="39"/>
        <source>Roles they can hold</source>
        <translation>Mögliche Rollen der Person</translation>
    </message>
</context>
<context>
    <name>warroom::PhaseBoardModel</name>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="141"/>
        <source>%1 late</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="142"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="149"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="158"/>
        <source>%1 · waived by %2 at %3</source>
        <translation>%1 · erlassen von %2 um %3</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="161"/>
        <source>MANDATORY: %1</source>
        <translation>PFLICHT: %1</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="167"/>
        <source>done by %1 at %2</source>
        <translation>erledigt von %1 um %2</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="169"/>
        <source>waived by %1 at %2</source>
        <translation>erlassen von %1 um %2</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="178"/>
        <source>last posted %1 by %2</source>
        <translation>zuletzt gepostet %1 von %2</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="176"/>
        <source>none posted yet</source>
        <translation>noch keine gepostet</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="182"/>
        <source>last sync %1 by %2: %3</source>
        <translation>letzte Fortschrittsmeldung %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="263"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="265"/>
        <source>Time left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="265"/>
        <source>Late by</source>
        <translation>Verspätet um</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="267"/>
        <source>Obligation</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="269"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="271"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="273"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="346"/>
        <source>unfilled</source>
        <translation>unbesetzt</translation>
    </message>
</context>
<context>
    <name>warroom::PhaseBoardWidget</name>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="90"/>
        <source>Phase board</source>
        <translation>Phasen-Board</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="98"/>
        <source>Note for Done, reason for Waive</source>
        <translation>Notiz für „Erledigt“, Grund für „Erlassen“</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="99"/>
        <source>Note for Done (optional), reason for Waive (required)</source>
        <translation>Notiz für „Erledigt“ (optional), Grund für „Erlassen“ (erforderlich)</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="101"/>
        <source>✔ &amp;Done</source>
        <translation>✔ &amp;Erledigt</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="104"/>
        <source>Tick the selected obligation done (double-clicking a row does the same)</source>
        <translation>Ausgewählte Pflicht als erledigt abhaken (Doppelklick auf eine Zeile bewirkt dasselbe)</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="106"/>
        <source>Wai&amp;ve…</source>
        <translation>Er&amp;lassen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="109"/>
        <source>Record that the selected obligation is deliberately not done; type the reason first</source>
        <translation>Festhalten, dass die ausgewählte Pflicht bewusst nicht erledigt wird; geben Sie zuerst den Grund ein</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="122"/>
        <source>Progress sync</source>
        <translation>Fortschrittsmeldung</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="124"/>
        <source>Progress sync for the incident channel (&quot;no new progress&quot; counts)</source>
        <translation>Fortschrittsmeldung für den Vorfallkanal (auch „kein neuer Fortschritt“ zählt)</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="126"/>
        <source>Post s&amp;ync</source>
        <translation>&amp;Meldung posten</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="130"/>
        <source>Show not applicable</source>
        <translation>Nicht zutreffende anzeigen</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="132"/>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="148"/>
        <source>Mark the selected obligation done</source>
        <translation>Ausgewählte Pflicht als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="150"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="231"/>
        <source>Select an obligation on the board first.</source>
        <translation>Wählen Sie zuerst eine Pflicht auf dem Board aus.</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="251"/>
        <source>waive</source>
        <translation>erlassen</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="251"/>
        <source>mark done</source>
        <translation>als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="252"/>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="292"/>
        <source>⚑ IC engagement is mandatory: %1. Assign an incident commander.</source>
        <translation>⚑ Die Einbindung eines IC ist Pflicht: %1. Weisen Sie einen Incident Commander zu.</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="310"/>
        <source>The incident is closed: the board shows how it ended.</source>
        <translation>Der Vorfall ist geschlossen: Das Board zeigt, wie er endete.</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="335"/>
        <source>War Room: incident #%1</source>
        <translation>War Room: Vorfall #%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="338"/>
        <source>Incident #%1: playbook</source>
        <translation>Vorfall #%1: Playbook</translation>
    </message>
</context>
<context>
    <name>warroom::Placeholders</name>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="78"/>
        <source>&quot;}}&quot; at offset %1 closes no placeholder.</source>
        <translation>„}}“ an Position %1 schließt keinen Platzhalter.</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="99"/>
        <source>Placeholders cannot be nested: &quot;{{&quot; at offset %1 is inside the placeholder that starts at offset %2.</source>
        <translation>Platzhalter können nicht verschachtelt werden: „{{“ an Position %1 liegt in dem Platzhalter, der an Position %2 beginnt.</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="109"/>
        <source>&quot;{{&quot; at offset %1 is not closed by &quot;}}&quot; on the same line.</source>
        <translation>„{{“ an Position %1 wird nicht in derselben Zeile durch „}}“ geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="119"/>
        <source>Empty placeholder at offset %1: write a name between the braces, e.g. {{task_type}}.</source>
        <translation>Leerer Platzhalter an Position %1: Schreiben Sie einen Namen zwischen die Klammern, z. B. {{task_type}}.</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="125"/>
        <source>&quot;%1&quot; at offset %2 is not a placeholder name: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>„%1“ an Position %2 ist kein Platzhaltername: Verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="143"/>
        <source>The incident&apos;s number</source>
        <translation>Die Nummer des Vorfalls</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="144"/>
        <source>The incident&apos;s title</source>
        <translation>Der Titel des Vorfalls</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="145"/>
        <source>The affected task type, e.g. email drafting</source>
        <translation>Der betroffene Aufgabentyp, z. B. E-Mail-Entwurf</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="146"/>
        <source>The incident category, in words</source>
        <translation>Die Kategorie des Vorfalls, in Worten</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="147"/>
        <source>SEV1, SEV2 or SEV3</source>
        <translation>SEV1, SEV2 oder SEV3</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="148"/>
        <source>Share of users affected, a number without the % sign</source>
        <translation>Anteil betroffener Nutzer, eine Zahl ohne %-Zeichen</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="149"/>
        <source>Number of enterprise customers affected</source>
        <translation>Zahl betroffener Unternehmenskunden</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="150"/>
        <source>Detection date and time, e.g. 2026-11-29 02:50 UTC</source>
        <translation>Datum und Uhrzeit der Erkennung, z. B. 2026-11-29 02:50 UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="151"/>
        <source>Detection time of day in UTC, HH:MM</source>
        <translation>Uhrzeit der Erkennung in UTC, HH:MM</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="152"/>
        <source>Detection date in UTC, YYYY-MM-DD</source>
        <translation>Datum der Erkennung in UTC, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="153"/>
        <source>When the incident was declared, e.g. 2026-11-29 03:00 UTC</source>
        <translation>Wann der Vorfall ausgerufen wurde, z. B. 2026-11-29 03:00 UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="154"/>
        <source>The incident status in words, e.g. investigating</source>
        <translation>Der Status des Vorfalls in Worten, z. B. wird untersucht</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="155"/>
        <source>The incident status as a heading, e.g. Identified</source>
        <translation>Der Status des Vorfalls als Überschrift, z. B. Ursache gefunden</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="156"/>
        <source>The time the draft was saved, HH:MM UTC</source>
        <translation>Zeitpunkt, zu dem der Entwurf gespeichert wurde, HH:MM UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="157"/>
        <source>30 minutes after the draft was saved, HH:MM UTC</source>
        <translation>30 Minuten nach dem Speichern des Entwurfs, HH:MM UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="158"/>
        <source>When the incident was restored (once it is)</source>
        <translation>Wann der Dienst wiederhergestellt wurde (sobald das der Fall ist)</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="159"/>
        <source>The assigned incident commander</source>
        <translation>Der zugewiesene Incident Commander</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="160"/>
        <source>The status history, one &quot;- HH:MM UTC status&quot; line each</source>
        <translation>Der Statusverlauf, je eine Zeile „- HH:MM UTC Status“</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="161"/>
        <source>When customers were first affected, HH:MM UTC</source>
        <translation>Wann Kunden zuerst betroffen waren, HH:MM UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="162"/>
        <source>Completion rate before the incident, e.g. ~95%</source>
        <translation>Abschlussrate vor dem Vorfall, z. B. ~95%</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="163"/>
        <source>Completion rate now, e.g. ~75%</source>
        <translation>Abschlussrate jetzt, z. B. ~75%</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="164"/>
        <source>A brief description of the (initial) root cause</source>
        <translation>Eine kurze Beschreibung der (vorläufigen) Ursache</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="165"/>
        <source>Expected restoration time, or &quot;continuous updates&quot;</source>
        <translation>Erwartete Wiederherstellungszeit oder „laufende Updates“</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="166"/>
        <source>What changed since the last update</source>
        <translation>Was sich seit dem letzten Update geändert hat</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="167"/>
        <source>The affected period, from and to in UTC</source>
        <translation>Der betroffene Zeitraum, von und bis in UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="168"/>
        <source>Compensation policy, if applicable</source>
        <translation>Entschädigungsregelung, falls zutreffend</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="169"/>
        <source>When refunds arrive, e.g. within 5 business days</source>
        <translation>Wann Rückerstattungen eingehen, z. B. innerhalb von 5 Werktagen</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="170"/>
        <source>Which data was exposed, and to whom</source>
        <translation>Welche Daten offengelegt wurden, und gegenüber wem</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="171"/>
        <source>The customer the message is addressed to</source>
        <translation>Der Kunde, an den die Nachricht gerichtet ist</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="172"/>
        <source>What the agent did wrong for this customer</source>
        <translation>Was der Agent für diesen Kunden falsch gemacht hat</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="173"/>
        <source>The specific improvements we are making</source>
        <translation>Die konkreten Verbesserungen, die wir vornehmen</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="174"/>
        <source>Link to the status page</source>
        <translation>Link zur Statusseite</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="175"/>
        <source>The signature under external messages</source>
        <translation>Die Signatur unter externen Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="104"/>
        <source>investigating</source>
        <translation>wird untersucht</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="106"/>
        <source>root cause identified, fix in progress</source>
        <translation>Ursache gefunden, Behebung in Arbeit</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="108"/>
        <source>fix deployed, monitoring</source>
        <translation>Korrektur ausgerollt, wird beobachtet</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="110"/>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="112"/>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="121"/>
        <source>Investigating</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="123"/>
        <source>Identified</source>
        <translation>Ursache gefunden</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="125"/>
        <source>Monitoring</source>
        <translation>Wird beobachtet</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="127"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="129"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="177"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
</context>
<context>
    <name>warroom::Playbook</name>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="37"/>
        <source>needs either &quot;due&quot; (a deadline) or &quot;cadence&quot; (a recurring obligation)</source>
        <translation>braucht entweder &quot;due&quot; (eine Frist) oder &quot;cadence&quot; (eine wiederkehrende Pflicht)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="40"/>
        <source>an obligation has either &quot;due&quot; or &quot;cadence&quot;, not both</source>
        <translation>eine Pflicht hat entweder &quot;due&quot; oder &quot;cadence&quot;, nicht beides</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="103"/>
        <source>say it once: &quot;key_accounts&quot; replaces &quot;key_accounts_attempted&quot;</source>
        <translation>nur einmal angeben: &quot;key_accounts&quot; ersetzt &quot;key_accounts_attempted&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="130"/>
        <source>counts publications; list &quot;%1&quot; among the events</source>
        <translation>zählt Veröffentlichungen; führen Sie &quot;%1&quot; unter den Ereignissen auf</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="140"/>
        <source>&quot;%1&quot; is not a channel; use one of: %2</source>
        <translation>„%1“ ist kein Kanal; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="142"/>
        <location filename="../src/core/playbook/obligationparser.cpp" line="302"/>
        <location filename="../src/core/playbook/obligationparser.cpp" line="363"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="153"/>
        <source>a recurring obligation is never done; its &quot;cadence&quot; names the events that reset it</source>
        <translation>eine wiederkehrende Pflicht ist nie erledigt; ihre &quot;cadence&quot; nennt die Ereignisse, die sie zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="180"/>
        <source>needs &quot;events&quot; to apply to</source>
        <translation>braucht &quot;events&quot;, auf die sie sich bezieht</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="192"/>
        <source>judges drafts; list &quot;%1&quot; among the events</source>
        <translation>beurteilt Entwürfe; führen Sie &quot;%1&quot; unter den Ereignissen auf</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="208"/>
        <source>names no condition; give &quot;events&quot;, &quot;roles&quot;, &quot;legal_signoff&quot; or &quot;key_accounts&quot;, or leave &quot;done_when&quot; out (the obligation is then ticked done by hand)</source>
        <translation>nennt keine Bedingung; geben Sie &quot;events&quot;, &quot;roles&quot;, &quot;legal_signoff&quot; oder &quot;key_accounts&quot; an, oder lassen Sie &quot;done_when&quot; weg (die Pflicht wird dann von Hand abgehakt)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="229"/>
        <source>a recurring obligation is always ticked by hand (each tick counts as posting it)</source>
        <translation>eine wiederkehrende Pflicht wird immer von Hand abgehakt (jedes Abhaken zählt als Posten)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="261"/>
        <source>needs a &quot;due&quot; counted from &quot;detected&quot;</source>
        <translation>braucht ein &quot;due&quot;, gezählt ab &quot;detected&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="272"/>
        <source>a mandatory obligation needs &quot;done_when&quot;: ticking it by hand is refused while it is mandatory</source>
        <translation>eine verpflichtende Pflicht braucht &quot;done_when&quot;: Abhaken von Hand wird verweigert, solange sie verpflichtend ist</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="289"/>
        <source>&quot;%1&quot; is not a category; use one of: %2</source>
        <translation>„%1“ ist keine Kategorie; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="316"/>
        <source>&quot;%1&quot; is not a role; use one of: %2</source>
        <translation>„%1“ ist keine Rolle; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="329"/>
        <source>&quot;%1&quot; is not a timeline event kind; use one of: %2</source>
        <translation>„%1“ ist keine Art von Zeitleistenereignis; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="351"/>
        <source>applies only to announcement events; list %1 among the events</source>
        <translation>gilt nur für Mitteilungsereignisse; führen Sie %1 unter den Ereignissen auf</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="352"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="360"/>
        <source>&quot;%1&quot; is not a kind of announcement; use one of: %2</source>
        <translation>„%1“ ist keine Mitteilungsart; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="393"/>
        <source>is missing; use a role id: %1</source>
        <translation>fehlt; verwenden Sie eine Rollen-ID: %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbook.cpp" line="75"/>
        <source>Playbook %1 does not exist or is not a file.</source>
        <translation>Playbook %1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbook.cpp" line="103"/>
        <source>&quot;%1&quot; is not a trigger condition of the playbook; use one of: %2.</source>
        <translation>„%1“ ist keine Auslösebedingung des Playbooks; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbook.cpp" line="107"/>
        <source>Trigger condition &quot;%1&quot; is given twice.</source>
        <translation>Auslösebedingung „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="53"/>
        <source>is missing; this build reads playbooks with &quot;format_version&quot;: %1</source>
        <translation>fehlt; dieser Build liest Playbooks mit &quot;format_version&quot;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="61"/>
        <source>format version %1 is not supported; this build reads format version %2 (was the file written for another War Room version?)</source>
        <translation>Formatversion %1 wird nicht unterstützt; dieser Build liest Formatversion %2 (wurde die Datei für eine andere War-Room-Version geschrieben?)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="109"/>
        <source>is missing; it holds &quot;users_pct_above&quot; and &quot;enterprise_customers_above&quot;</source>
        <translation>fehlt; enthält &quot;users_pct_above&quot; und &quot;enterprise_customers_above&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="119"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="121"/>
        <source>must be a number from 0 to 100 (percent of users)</source>
        <translation>muss eine Zahl von 0 bis 100 sein (Prozent der Nutzer)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="152"/>
        <source>trigger id &quot;%1&quot; is used twice</source>
        <translation>Auslöser-ID „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="155"/>
        <source>is missing (the category this trigger suggests)</source>
        <translation>fehlt (die Kategorie, die dieser Auslöser vorschlägt)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="174"/>
        <source>does not list &quot;%1&quot;, which %2 suggests</source>
        <translation>führt „%1“ nicht auf, das %2 vorschlägt</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="222"/>
        <source>phase id &quot;%1&quot; is used twice</source>
        <translation>Phasen-ID „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="238"/>
        <source>obligation id &quot;%1&quot; is already used at %2</source>
        <translation>Pflicht-ID „%1“ wird bereits bei %2 verwendet</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="245"/>
        <source>no category needs legal review: list them under &quot;legal_review&quot;: {&quot;categories&quot;: [...]} at the top of the file</source>
        <translation>keine Kategorie braucht eine rechtliche Prüfung: Führen Sie sie oben in der Datei unter &quot;legal_review&quot;: {&quot;categories&quot;: [...]} auf</translation>
    </message>
</context>
<context>
    <name>warroom::PlaybookEngine</name>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="27"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="28"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="29"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="147"/>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="386"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="157"/>
        <source>nobody holds %1</source>
        <translation>Rolle %1 ist unbesetzt</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="161"/>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="380"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="193"/>
        <source>due on restoration</source>
        <translation>fällig bei Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="194"/>
        <source>due %1 after restoration</source>
        <translation>fällig %1 nach Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="198"/>
        <source>restored at %1, within %2 of detection</source>
        <translation>um %1 wiederhergestellt, innerhalb von %2 nach Erkennung</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="230"/>
        <source>ended at restoration (%1)</source>
        <translation>mit der Wiederherstellung beendet (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="36"/>
        <source>starts when the first sync is posted</source>
        <translation>beginnt, sobald erstmals eine Fortschrittsmeldung gepostet wird</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="38"/>
        <source>starts when the first announcement is published</source>
        <translation>beginnt, sobald erstmals eine Mitteilung veröffentlicht wird</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="40"/>
        <source>starts when the first announcement draft is started</source>
        <translation>beginnt, sobald erstmals ein Mitteilungsentwurf begonnen wird</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="41"/>
        <source>starts when the first &quot;%1&quot; is recorded</source>
        <translation>beginnt, sobald erstmals „%1“ erfasst wird</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="275"/>
        <source>%1% of users affected (more than %2%)</source>
        <translation>%1 % der Nutzer betroffen (mehr als %2 %)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="279"/>
        <source>%1 enterprise customers affected (more than %2)</source>
        <translation>%1 Unternehmenskunden betroffen (mehr als %2)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="309"/>
        <source>only for: %1</source>
        <translation>nur für: %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="359"/>
        <source>&quot;%1&quot; does not apply to this incident (%2).</source>
        <translation>„%1“ gilt nicht für diesen Vorfall (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="362"/>
        <source>&quot;%1&quot; is mandatory (%2): it is completed by the facts on the timeline (for IC engagement: assigning an incident commander), not by ticking it.</source>
        <translation>„%1“ ist Pflicht (%2): Sie wird durch die Fakten in der Zeitleiste erfüllt (bei der IC-Einbindung: durch Zuweisen eines Incident Commanders), nicht durch Abhaken.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="370"/>
        <source>&quot;%1&quot; is completed by the facts on the timeline, not by ticking it (%2). If it will not be done, waive it with the reason.</source>
        <translation>„%1“ wird durch die Fakten in der Zeitleiste erfüllt, nicht durch Abhaken (%2). Wenn sie nicht erledigt wird, erlassen Sie sie mit Begründung.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="372"/>
        <source>see the playbook</source>
        <translation>siehe Playbook</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="375"/>
        <source>&quot;%1&quot; was already waived by %2 at %3.</source>
        <translation>„%1“ wurde bereits von %2 um %3 erlassen.</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="378"/>
        <source>&quot;%1&quot; is already done (%2 at %3).</source>
        <translation>„%1“ ist bereits erledigt (%2 um %3).</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="44"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="53"/>
        <source>saved before War Room recorded placeholders and lint; save it again</source>
        <translation>gespeichert, bevor War Room Platzhalter und Lint erfasste; speichern Sie erneut</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="60"/>
        <source>1 placeholder to fill</source>
        <translation>1 Platzhalter auszufüllen</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="61"/>
        <source>%1 placeholders to fill</source>
        <translation>%1 Platzhalter auszufüllen</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="67"/>
        <source>1 lint error</source>
        <translation>1 Lint-Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="68"/>
        <source>%1 lint errors</source>
        <translation>%1 Lint-Fehler</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="70"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="138"/>
        <source>no draft of the right kind yet</source>
        <translation>noch kein Entwurf der passenden Art</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="145"/>
        <source>draft #%1 ready (no placeholder left, no lint error)</source>
        <translation>Entwurf #%1 bereit (kein Platzhalter offen, kein Lint-Fehler)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="150"/>
        <source>draft #%1: %2</source>
        <translation>Entwurf #%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="181"/>
        <source>legal sign-off voided by %1&apos;s edit at %2 (it was %3&apos;s, on draft #%4 v%5)</source>
        <translation>rechtliche Freigabe durch die Bearbeitung von %1 um %2 aufgehoben (sie stammte von %3, für Entwurf #%4 v%5)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="190"/>
        <source>signed off by %1 at %2 (draft #%3 v%4)</source>
        <translation>freigegeben von %1 um %2 (Entwurf #%3 v%4)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="197"/>
        <source>no legal sign-off yet</source>
        <translation>noch keine rechtliche Freigabe</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="252"/>
        <source>draft #%1</source>
        <translation>Entwurf #%1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="258"/>
        <source>%1 published at %2 before War Room tracked deliveries: nothing shows it went out; confirm it did and waive the obligation with that reason, or publish again</source>
        <translation>%1 um %2 veröffentlicht, bevor War Room Zustellungen verfolgte: Nichts zeigt, dass er hinausging; bestätigen Sie das und erlassen Sie die Pflicht mit dieser Begründung, oder veröffentlichen Sie erneut</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="278"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="282"/>
        <source>%1 published at %2, not delivered yet: %3</source>
        <translation>%1 um %2 veröffentlicht, noch nicht zugestellt: %3</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="291"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="300"/>
        <source>recorded here only</source>
        <translation>nur hier erfasst</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="302"/>
        <source>recorded here only (Slack not set up)</source>
        <translation>nur hier erfasst (Slack nicht eingerichtet)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="313"/>
        <source>posted to %1 (delivered %2)</source>
        <translation>an %1 gepostet (zugestellt %2)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="318"/>
        <source>posted to %1 by hand by %2 at %3</source>
        <translation>von %2 um %3 von Hand an %1 gepostet</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="321"/>
        <source>%1: failed — %2</source>
        <translation>%1: fehlgeschlagen — %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="324"/>
        <source>queued for %1, retrying (%2)</source>
        <translation>für %1 eingereiht, neuer Versuch (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="328"/>
        <source>queued for %1</source>
        <translation>für %1 eingereiht</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="373"/>
        <source>Announcement</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="394"/>
        <source>delivered: %1</source>
        <translation>zugestellt: %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="403"/>
        <source>not yet published on: %1</source>
        <translation>noch nicht veröffentlicht auf: %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="458"/>
        <source>no key accounts selected yet</source>
        <translation>noch keine Key Accounts ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="462"/>
        <source>%1 of %2 key accounts closed out</source>
        <translation>%1 von %2 Key Accounts abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="463"/>
        <source>%1 of %2 key accounts attempted</source>
        <translation>%1 von %2 Key Accounts versucht</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="474"/>
        <source>%1; open: %2</source>
        <translation>%1; offen: %2</translation>
    </message>
</context>
<context>
    <name>warroom::PlaybookStore</name>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="181"/>
        <source>&quot;%1&quot; is not an obligation of the playbook %2; use one of: %3.</source>
        <translation>„%1“ ist keine Pflicht des Playbooks %2; verwenden Sie eine von: %3.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="174"/>
        <source>The text is limited to %1 characters; this one has %2.</source>
        <translation>Der Text ist auf %1 Zeichen begrenzt; dieser hat %2.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="34"/>
        <source>nobody holds it yet</source>
        <translation>noch unbesetzt</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="47"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="49"/>
        <source>Only %1 may waive &quot;%2&quot;; you are &quot;%3&quot;. Assign the role first if it is yours.</source>
        <translation>Nur %1 darf „%2“ erlassen; Sie sind „%3“. Weisen Sie sich zuerst die Rolle zu, falls sie Ihre ist.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="51"/>
        <source>Only %1 may tick done &quot;%2&quot;; you are &quot;%3&quot;. Assign the role first if it is yours.</source>
        <translation>Nur %1 darf „%2“ als erledigt abhaken; Sie sind „%3“. Weisen Sie sich zuerst die Rolle zu, falls sie Ihre ist.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="64"/>
        <source>Incident %1 is closed: its obligations and syncs are final. Add a note if something needs to be said.</source>
        <translation>Vorfall %1 ist geschlossen: Seine Pflichten und Fortschrittsmeldungen sind endgültig. Fügen Sie eine Notiz hinzu, falls noch etwas zu sagen ist.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="92"/>
        <source>overdue %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="94"/>
        <source>due in %1</source>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="97"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="117"/>
        <source>Cannot close incident %1: %2 still open: %3. Complete each, or waive it with the reason; then close.</source>
        <translation>Vorfall %1 kann nicht geschlossen werden: %2 noch offen: %3. Erledigen Sie jede oder erlassen Sie sie mit Begründung; schließen Sie dann.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="120"/>
        <source>1 obligation</source>
        <translation>1 Pflicht</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="121"/>
        <source>%1 obligations</source>
        <translation>%1 Pflichten</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="186"/>
        <source>Waiving &quot;%1&quot; needs a reason: say why it is not being done.</source>
        <translation>Das Erlassen von „%1“ braucht eine Begründung: Geben Sie an, warum sie nicht erledigt wird.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="264"/>
        <source>A sync must say something; &quot;no new progress&quot; is a valid sync.</source>
        <translation>Eine Fortschrittsmeldung muss etwas aussagen; „kein neuer Fortschritt“ ist eine gültige Meldung.</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="267"/>
        <source>A sync is limited to %1 characters; this one has %2.</source>
        <translation>Eine Fortschrittsmeldung ist auf %1 Zeichen begrenzt; diese hat %2.</translation>
    </message>
</context>
<context>
    <name>warroom::PostgresDialect</name>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="95"/>
        <source>%1 (schema %2)</source>
        <translation>%1 (Schema %2)</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="105"/>
        <source>The schema name &quot;%1&quot; cannot be used: use lower-case letters, digits and &quot;_&quot; only, starting with a letter, at most 63 characters, not pg_...</source>
        <translation>Der Schemaname „%1“ kann nicht verwendet werden: Verwenden Sie nur Kleinbuchstaben, Ziffern und „_“, beginnend mit einem Buchstaben, höchstens 63 Zeichen, nicht pg_...</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="112"/>
        <location filename="../src/storage/db/postgresdialect.cpp" line="140"/>
        <source>The schema name &quot;%1&quot; is a word PostgreSQL reserves; choose another name.</source>
        <translation>Der Schemaname „%1“ ist ein Wort, das PostgreSQL reserviert; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="183"/>
        <source>%1: this login may not use the schema %2: it is not a member of this war room. Ask an administrator to run: warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS</source>
        <translation>%1: Dieses Login darf das Schema %2 nicht verwenden: Es ist kein Mitglied dieses War Rooms. Bitten Sie einen Administrator, Folgendes auszuführen: warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="189"/>
        <source>%1: the connection does not work inside the schema %2 (it works in &quot;%3&quot;); the database cannot be used safely.</source>
        <translation>%1: Die Verbindung arbeitet nicht im Schema %2 (sondern in „%3“); die Datenbank kann nicht sicher verwendet werden.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="293"/>
        <source>%1: the server refused the login (%2). Check the user name in the address and the password in ~/.pgpass or PGPASSWORD, or ask the administrator to grant this login access.</source>
        <translation>%1: Der Server hat die Anmeldung abgelehnt (%2). Prüfen Sie den Benutzernamen in der Adresse und das Passwort in ~/.pgpass oder PGPASSWORD, oder bitten Sie den Administrator, dieser Anmeldung Zugriff zu gewähren.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="309"/>
        <source>%1: the secure connection failed (%2). With sslmode=verify-full the server must have TLS on, this machine needs the certificate of the authority that signed the server&apos;s in ~/.postgresql/root.crt (or PGSSLROOTCERT), and the server&apos;s certificate must name the host of the address (docs/shared-mode.md).</source>
        <translation>%1: Die sichere Verbindung ist fehlgeschlagen (%2). Mit sslmode=verify-full muss auf dem Server TLS aktiviert sein, dieser Rechner braucht in ~/.postgresql/root.crt (oder PGSSLROOTCERT) das Zertifikat der Zertifizierungsstelle, die das Serverzertifikat signiert hat, und das Serverzertifikat muss den Host der Adresse nennen (docs/shared-mode.md).</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="317"/>
        <source>%1: the server has no such database (%2). Check the database name at the end of the address, or ask the administrator to create it.</source>
        <translation>%1: Auf dem Server gibt es diese Datenbank nicht (%2). Prüfen Sie den Datenbanknamen am Ende der Adresse, oder bitten Sie den Administrator, sie anzulegen.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="325"/>
        <source>%1: the server cannot be reached (%2). Nothing was written; check the host and port in the address, the network, and that the server is running, then try again.</source>
        <translation>%1: Der Server ist nicht erreichbar (%2). Es wurde nichts geschrieben; prüfen Sie Host und Port in der Adresse, das Netzwerk und ob der Server läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="335"/>
        <source>Another seat changed the same rows at the same moment; nothing was saved. Try again. (%1: %2, SQLSTATE %3)</source>
        <translation>Ein anderer Platz hat im selben Moment dieselben Zeilen geändert; nichts wurde gespeichert. Versuchen Sie es erneut. (%1: %2, SQLSTATE %3)</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="344"/>
        <source>%1 is being written by another seat; gave up after waiting %2 ms (%3). Nothing was written; try again.</source>
        <translation>%1 wird gerade von einem anderen Arbeitsplatz beschrieben; nach %2 ms Wartezeit aufgegeben (%3). Es wurde nichts geschrieben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="351"/>
        <source>%1 cannot be written (read-only: %2). Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden (schreibgeschützt: %2). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="361"/>
        <source>%1: %2. Nothing was written.</source>
        <translation>%1: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="365"/>
        <source>%1: this login may not do that (%2). Nothing was written; ask the administrator for the permission.</source>
        <translation>%1: Diese Anmeldung darf das nicht (%2). Es wurde nichts geschrieben; bitten Sie den Administrator um die Berechtigung.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="370"/>
        <source>%1: the server&apos;s disk is full (%2). Nothing was written; tell the administrator.</source>
        <translation>%1: Die Festplatte des Servers ist voll (%2). Es wurde nichts geschrieben; informieren Sie den Administrator.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="373"/>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
</context>
<context>
    <name>warroom::PreferencesDialog</name>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="26"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="30"/>
        <source>Where announcements are delivered. A setting given in a WARROOM_* environment variable or in the secrets file overrides the one here. Secrets (the API key, the webhook URLs, the SMTP password) go to the desktop keychain, never into the database or the settings file.</source>
        <translation>Wohin Mitteilungen zugestellt werden. Eine Einstellung in einer WARROOM_*-Umgebungsvariable oder in der Zugangsdatendatei hat Vorrang vor der hier. Zugangsdaten (der API-Schlüssel, die Webhook-URLs, das SMTP-Passwort) kommen in den Schlüsselbund des Desktops, niemals in die Datenbank oder die Einstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="92"/>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="93"/>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="94"/>
        <source>Page id:</source>
        <translation>Page-ID:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="95"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="96"/>
        <source>Component ids:</source>
        <translation>Komponenten-IDs:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="97"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="97"/>
        <source>Webhook URL:</source>
        <translation>Webhook-URL:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="98"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="98"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="99"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="100"/>
        <source>SMTP server:</source>
        <translation>SMTP-Server:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="101"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="102"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="103"/>
        <source>From:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="104"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="105"/>
        <source>Timeout (seconds):</source>
        <translation>Zeitlimit (Sekunden):</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="118"/>
        <source>id1, id2 (optional)</source>
        <translation>id1, id2 (optional)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="142"/>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="147"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="155"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="158"/>
        <source>A new language is used from the next start of War Room.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von War Room.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="170"/>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="187"/>
        <source>Set by %1 in the environment, which overrides it here; change or unset the variable to edit it.</source>
        <translation>In der Umgebung durch %1 gesetzt, was Vorrang vor der Einstellung hier hat; ändern oder entfernen Sie die Variable, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="191"/>
        <source>Set in the secrets file (WARROOM_SECRETS_FILE), which overrides it here; edit that file to change it.</source>
        <translation>In der Zugangsdatendatei (WARROOM_SECRETS_FILE) gesetzt, die Vorrang vor der Einstellung hier hat; bearbeiten Sie diese Datei, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="194"/>
        <source>Stored in the desktop keychain.</source>
        <translation>Im Schlüsselbund des Desktops gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="196"/>
        <source>Saved in the preferences.</source>
        <translation>In den Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="200"/>
        <source>Not set.</source>
        <translation>Nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="214"/>
        <source>(set, not shown)</source>
        <translation>(gesetzt, nicht angezeigt)</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="229"/>
        <source>Reading the settings and the keychain…</source>
        <translation>Einstellungen und Schlüsselbund werden gelesen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="231"/>
        <source>Secrets are stored in the desktop keychain.</source>
        <translation>Zugangsdaten werden im Schlüsselbund des Desktops gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="233"/>
        <source>No keychain. %1 The other settings can still be saved here.</source>
        <translation>Kein Schlüsselbund. %1 Die übrigen Einstellungen können hier trotzdem gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="259"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>warroom::PublishPreviewDialog</name>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="93"/>
        <source>A warning: it does not block publishing.</source>
        <translation>Eine Warnung: Sie blockiert das Veröffentlichen nicht.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="101"/>
        <source>The public status page: a new incident, or an update of the one this incident already has there</source>
        <translation>Die öffentliche Statusseite: ein neuer Vorfall oder eine Aktualisierung des Vorfalls, den dieser Vorfall dort bereits hat</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="104"/>
        <source>The incident channel, through its incoming webhook (mrkdwn as sent)</source>
        <translation>Der Vorfallkanal, über seinen eingehenden Webhook (mrkdwn wie gesendet)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="107"/>
        <source>The JSON webhook (the product&apos;s in-app notice)</source>
        <translation>Der JSON-Webhook (der In-App-Hinweis des Produkts)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="142"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="143"/>
        <source>To %1 and %n more (one message each; the text is the same)</source>
        <translation>
            <numerusform>An %1 und %n weiteren (je eine Nachricht; der Text ist gleich)</numerusform>
            <numerusform>An %1 und %n weitere (je eine Nachricht; der Text ist gleich)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="156"/>
        <source>Publish: preview</source>
        <translation>Veröffentlichen: Vorschau</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="166"/>
        <source>Renderings</source>
        <translation>Darstellungen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="190"/>
        <source>P&amp;ublish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="195"/>
        <source>Queue the deliveries shown above.</source>
        <translation>Die oben gezeigten Zustellungen einreihen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="237"/>
        <source>Slack shows &amp;amp; &amp;lt; &amp;gt; as &amp; &lt; &gt; and *words* in bold.</source>
        <translation>Slack zeigt &amp;amp; &amp;lt; &amp;gt; als &amp; &lt; &gt; und *Wörter* fett an.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="244"/>
        <source>No length limit is known: the receiver decides.</source>
        <translation>Keine Längenbegrenzung bekannt: Der Empfänger entscheidet.</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="263"/>
        <source>Show the HTML source</source>
        <translation>HTML-Quelltext anzeigen</translation>
    </message>
</context>
<context>
    <name>warroom::Revision</name>
    <message>
        <location filename="../src/core/incident/revision.cpp" line="82"/>
        <source>This changed after your screen was read (now: %1). Nothing was saved; look at it again and repeat your change if it still holds.</source>
        <translation>Dies wurde geändert, nachdem Ihre Anzeige geladen wurde (jetzt: %1). Es wurde nichts gespeichert; sehen Sie es sich erneut an und wiederholen Sie Ihre Änderung, falls sie noch zutrifft.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/revision.cpp" line="85"/>
        <source>%1 changed this at %2 UTC (now: %3). Nothing was saved; look at their change and repeat yours if it still holds.</source>
        <translation>%1 hat dies um %2 UTC geändert (jetzt: %3). Es wurde nichts gespeichert; sehen Sie sich diese Änderung an und wiederholen Sie Ihre, falls sie noch zutrifft.</translation>
    </message>
</context>
<context>
    <name>warroom::Role</name>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="12"/>
        <source>On-call engineer</source>
        <translation>Bereitschaftsingenieur</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="14"/>
        <source>Incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="16"/>
        <source>Customer success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="17"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="18"/>
        <source>Product owner</source>
        <translation>Product Owner</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="19"/>
        <source>Legal</source>
        <translation>Rechtsabteilung</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="20"/>
        <source>VP Engineering</source>
        <translation>VP Engineering</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="21"/>
        <source>CEO</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="38"/>
        <source>the On-call engineer</source>
        <translation>der Bereitschaftsingenieur</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="40"/>
        <source>the incident commander</source>
        <translation>der Incident Commander</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="42"/>
        <source>customer success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="44"/>
        <source>support</source>
        <translation>der Support</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="46"/>
        <source>the product owner</source>
        <translation>der Product Owner</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="48"/>
        <source>legal</source>
        <translation>die Rechtsabteilung</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="50"/>
        <source>the VP Engineering</source>
        <translation>der VP Engineering</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="52"/>
        <source>the CEO</source>
        <translation>der CEO</translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardModel</name>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="24"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="25"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="57"/>
        <source>UNFILLED</source>
        <translation>UNBESETZT</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="57"/>
        <source>not needed now</source>
        <translation>derzeit nicht nötig</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="59"/>
        <source>Acknowledged %1 UTC</source>
        <translation>Bestätigt %1 UTC</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="61"/>
        <source>Not acknowledged — assigned %1 ago</source>
        <translation>Nicht bestätigt — zugewiesen vor %1</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="78"/>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="91"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="92"/>
        <source>Assigned %1 UTC by %2%3</source>
        <translation>Zugewiesen %1 UTC von %2%3</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="96"/>
        <source> (override: not listed for the role)</source>
        <translation> (Ausnahme: nicht für die Rolle geführt)</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="102"/>
        <source>Needed: %1</source>
        <translation>Nötig: %1</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="150"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="152"/>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="154"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="156"/>
        <source>Needed because</source>
        <translation>Nötig, weil</translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardWidget</name>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="45"/>
        <source>&lt;b&gt;Roles&lt;/b&gt; · every role the incident needs is held</source>
        <translation>&lt;b&gt;Rollen&lt;/b&gt; · jede Rolle, die der Vorfall braucht, ist besetzt</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="51"/>
        <source>Ac&amp;knowledge (&quot;I have it&quot;)</source>
        <translation>Bes&amp;tätigen („Ich übernehme“)</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="49"/>
        <source>&amp;Assign…</source>
        <translation>Zu&amp;weisen…</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="53"/>
        <source>Unassi&amp;gn</source>
        <translation>Rolle &amp;entziehen</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="68"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="102"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="153"/>
        <source>UNFILLED: %1</source>
        <translation>UNBESETZT: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="202"/>
        <source>assign %1 as %2</source>
        <translation>%1 als %2 zuweisen</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="229"/>
        <source>%1 acknowledges %2</source>
        <translation>%1 bestätigt %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="255"/>
        <source>unassign %1 from %2</source>
        <translation>%1 von %2 abziehen</translation>
    </message>
</context>
<context>
    <name>warroom::RoleRequirements</name>
    <message>
        <location filename="../src/core/roles/rolerequirements.cpp" line="19"/>
        <source>More than %1% of users affected (%2%)</source>
        <translation>Mehr als %1 % der Nutzer betroffen (%2 %)</translation>
    </message>
    <message>
        <location filename="../src/core/roles/rolerequirements.cpp" line="22"/>
        <source>More than %1 enterprise customer(s) affected (%2)</source>
        <translation>Mehr als %1 Unternehmenskunde(n) betroffen (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/roles/rolerequirements.cpp" line="67"/>
        <source>First responder on every incident</source>
        <translation>Ersthelfer bei jedem Vorfall</translation>
    </message>
</context>
<context>
    <name>warroom::RoleStore</name>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="29"/>
        <source>Say who: the person must not be empty.</source>
        <translation>Geben Sie an, wer: Die Person darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="33"/>
        <source>A name is limited to %1 characters.</source>
        <translation>Ein Name ist auf %1 Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="69"/>
        <source>%1 (acknowledged)</source>
        <translation>%1 (bestätigt)</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="70"/>
        <source>%1 (not acknowledged)</source>
        <translation>%1 (nicht bestätigt)</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="72"/>
        <source>nobody holds it</source>
        <translation>unbesetzt</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="136"/>
        <source>%1 is not in the people directory. Add them there with the %2 role, or assign with an override (it is recorded).</source>
        <translation>%1 ist nicht im Personenverzeichnis. Erfassen Sie die Person dort mit der Rolle %2, oder weisen Sie sie mit einer Ausnahme zu (sie wird protokolliert).</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="143"/>
        <source>%1 is not listed for the %2 role (listed for: %3). Assign with an override to do it anyway; the override is recorded.</source>
        <translation>%1 ist nicht für die Rolle %2 geführt (geführt für: %3). Weisen Sie mit einer Ausnahme zu, um es trotzdem zu tun; die Ausnahme wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="145"/>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="149"/>
        <source>%1 already holds the %2 role on incident %3.</source>
        <translation>%1 hat die Rolle %2 in Vorfall %3 bereits inne.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="176"/>
        <source>%1 does not hold the %2 role on incident %3.</source>
        <translation>%1 hat die Rolle %2 in Vorfall %3 nicht inne.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="195"/>
        <source>No one holds the %1 role on incident %2; assign it first.</source>
        <translation>Niemand hat die Rolle %1 in Vorfall %2 inne; weisen Sie sie zuerst zu.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="202"/>
        <source>Several people hold the %1 role (%2); say who acknowledges.</source>
        <translation>Mehrere Personen haben die Rolle %1 inne (%2); geben Sie an, wer bestätigt.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="212"/>
        <source>%1 already acknowledged the %2 role at %3 UTC.</source>
        <translation>%1 hat die Rolle %2 bereits um %3 UTC bestätigt.</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="218"/>
        <source>%1 does not hold the %2 role on incident %3 (%4 does).</source>
        <translation>%1 hat die Rolle %2 in Vorfall %3 nicht inne (sondern %4).</translation>
    </message>
</context>
<context>
    <name>warroom::SeatStatus</name>
    <message>
        <location filename="../src/widgets/login/seatstatus.cpp" line="24"/>
        <source>This database: %1 — names are self-declared: anyone at this machine can record changes under any name.</source>
        <translation>Diese Datenbank: %1 — Namen werden selbst angegeben: Jeder an diesem Rechner kann Änderungen unter einem beliebigen Namen erfassen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/seatstatus.cpp" line="27"/>
        <source>You: %1   ·   %2</source>
        <translation>Sie: %1   ·   %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/seatstatus.cpp" line="34"/>
        <source>Shared war room: %1/%2 as %3 (login %4)</source>
        <translation>Gemeinsamer War Room: %1/%2 als %3 (Login %4)</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/seatstatus.cpp" line="35"/>
        <source>Server %1, schema %2: every change you make is recorded under %3, the person of the people directory the server maps the login %4 to; the server checks it.</source>
        <translation>Server %1, Schema %2: Jede Ihrer Änderungen wird unter %3 erfasst, der Person im Personenverzeichnis, der der Server das Login %4 zuordnet; der Server prüft das.</translation>
    </message>
</context>
<context>
    <name>warroom::SelectAccountsDialog</name>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="21"/>
        <source>Key accounts to call</source>
        <translation>Anzurufende Key Accounts</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="24"/>
        <source>Tick the accounts the customer success managers call now, by phone or Slack. They are called in this order (rank, then ARR).</source>
        <translation>Haken Sie die Konten an, die die Customer Success Manager jetzt per Telefon oder Slack anrufen. Sie werden in dieser Reihenfolge angerufen (Rang, dann ARR).</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="29"/>
        <source>Key accounts</source>
        <translation>Key Accounts</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="40"/>
        <source>The key-account list is empty: import it first (Directory → Import key accounts).</source>
        <translation>Die Key-Account-Liste ist leer: Importieren Sie sie zuerst (Verzeichnis → Key Accounts importieren).</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="45"/>
        <source>%1%2 — %3, CSM %4</source>
        <translation>%1%2 — %3, CSM %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="53"/>
        <source>Tick &amp;top %1</source>
        <translation>&amp;Top %1 anhaken</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="60"/>
        <source>%1 ticked</source>
        <translation>%1 angehakt</translation>
    </message>
</context>
<context>
    <name>warroom::ServerLogin</name>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="30"/>
        <source>War Room cannot open the shared war room</source>
        <translation>War Room kann den gemeinsamen War Room nicht öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="33"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="34"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="64"/>
        <source>Password not remembered</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="77"/>
        <source>The server refused this password; type it again.</source>
        <translation>Der Server hat dieses Passwort abgelehnt; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="78"/>
        <source>The server refused the password stored in the desktop keychain; type the current one.</source>
        <translation>Der Server hat das im Schlüsselbund des Desktops gespeicherte Passwort abgelehnt; geben Sie das aktuelle ein.</translation>
    </message>
</context>
<context>
    <name>warroom::ServerPreference</name>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="14"/>
        <source>Shared war room server</source>
        <translation>Server des gemeinsamen War Rooms</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="24"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="29"/>
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="34"/>
        <source>Used from the next start when neither --db, --server nor WARROOM_SERVER names a database; empty: the SQLite file on this computer. No password here: it comes from ~/.pgpass, PGPASSWORD or the desktop keychain.</source>
        <translation>Wird ab dem nächsten Start verwendet, wenn weder --db, --server noch WARROOM_SERVER eine Datenbank benennt; leer: die SQLite-Datei auf diesem Computer. Kein Passwort hier: Es kommt aus ~/.pgpass, PGPASSWORD oder dem Schlüsselbund des Desktops.</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="56"/>
        <source>A schema needs a server: give the server URL too, or clear the schema.</source>
        <translation>Ein Schema braucht einen Server: Geben Sie auch die Server-URL an, oder leeren Sie das Schema.</translation>
    </message>
</context>
<context>
    <name>warroom::ServerProbe</name>
    <message>
        <location filename="../src/storage/db/serverprobe.cpp" line="71"/>
        <source>cannot connect</source>
        <translation>keine Verbindung möglich</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/storage/db/serverprobe.cpp" line="91"/>
        <source>no answer for %n s</source>
        <translation>
            <numerusform>seit %n s keine Antwort</numerusform>
            <numerusform>seit %n s keine Antwort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warroom::ServerSetup</name>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="84"/>
        <source>server commands work on a PostgreSQL server; give --server URL (an SQLite file has no logins).</source>
        <translation>server-Befehle arbeiten mit einem PostgreSQL-Server; geben Sie --server URL an (eine SQLite-Datei hat keine Logins).</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="200"/>
        <source>The login %1 already belongs to %2 in this war room; one login is one person.</source>
        <translation>Das Login %1 gehört in diesem War Room bereits zu %2; ein Login gehört zu genau einer Person.</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="205"/>
        <source>%1 already works under the login %2 in this war room; one person has one login.</source>
        <translation>%1 arbeitet in diesem War Room bereits unter dem Login %2; eine Person hat genau ein Login.</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="229"/>
        <source>The schema name &quot;%1&quot; is too long for its group roles (%1_member ...); use at most %2 characters.</source>
        <translation>Der Schemaname „%1“ ist zu lang für seine Gruppenrollen (%1_member ...); verwenden Sie höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="243"/>
        <source>server init is run by the login that owns the schema %1 and may create roles (CREATEROLE); %2 cannot. Run it as that login (or the database superuser).</source>
        <translation>server init wird von dem Login ausgeführt, dem das Schema %1 gehört und das Rollen anlegen darf (CREATEROLE); %2 kann das nicht. Führen Sie es als dieses Login aus (oder als Superuser der Datenbank).</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="289"/>
        <source>There is no login %1 on this server; create it first (as the database superuser): CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;;</source>
        <translation>Auf diesem Server gibt es kein Login %1; legen Sie es zuerst an (als Superuser der Datenbank): CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;;</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="296"/>
        <source>%1 is a role that cannot log in (it is NOLOGIN, like the group roles); give the login a person uses: CREATE ROLE name LOGIN PASSWORD &apos;...&apos;;</source>
        <translation>%1 ist eine Rolle, die sich nicht anmelden kann (sie ist NOLOGIN, wie die Gruppenrollen); geben Sie das Login an, das eine Person verwendet: CREATE ROLE name LOGIN PASSWORD &apos;...&apos;;</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="306"/>
        <source>%1 is not set up for logins yet: run warroomctl server init first.</source>
        <translation>%1 ist noch nicht für Logins eingerichtet: Führen Sie zuerst warroomctl server init aus.</translation>
    </message>
</context>
<context>
    <name>warroom::ServerUrl</name>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="29"/>
        <source>The server address &quot;%1&quot; cannot be used: %2 Write it as postgresql://user@host:port/database (optionally ?sslmode=verify-full).</source>
        <translation>Die Serveradresse „%1“ kann nicht verwendet werden: %2 Schreiben Sie sie als postgresql://user@host:port/database (optional ?sslmode=verify-full).</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="40"/>
        <source>it is empty.</source>
        <translation>Sie ist leer.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="43"/>
        <source>it is not a valid URL (%1).</source>
        <translation>Sie ist keine gültige URL (%1).</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="46"/>
        <source>it starts with &quot;%1:&quot; instead of &quot;postgresql:&quot;.</source>
        <translation>Sie beginnt mit „%1:“ statt mit „postgresql:“.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="59"/>
        <source>it contains a password. Remove it from the address and put it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>Sie enthält ein Passwort. Entfernen Sie es aus der Adresse und legen Sie es stattdessen in ~/.pgpass oder PGPASSWORD ab.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="65"/>
        <source>it names no user (the part before &quot;@&quot;).</source>
        <translation>Sie nennt keinen Benutzer (den Teil vor „@“).</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="68"/>
        <source>it names no host (the part after &quot;@&quot;).</source>
        <translation>Sie nennt keinen Host (den Teil nach „@“).</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="71"/>
        <source>port 0 is not a port a server listens on.</source>
        <translation>Port 0 ist kein Port, auf dem ein Server lauscht.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="78"/>
        <source>it names no database (the part after the last &quot;/&quot;).</source>
        <translation>Sie nennt keine Datenbank (den Teil nach dem letzten „/“).</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="80"/>
        <source>the database name &quot;%1&quot; contains &quot;/&quot;.</source>
        <translation>Der Datenbankname „%1“ enthält „/“.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="83"/>
        <source>it has a &quot;#&quot; part, which means nothing here.</source>
        <translation>Sie hat einen „#“-Teil, der hier nichts bedeutet.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="89"/>
        <source>the parameter &quot;%1&quot; is not supported (only sslmode is).</source>
        <translation>Der Parameter „%1“ wird nicht unterstützt (nur sslmode).</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="91"/>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode „%1“ ist keiner der Werte %2.</translation>
    </message>
</context>
<context>
    <name>warroom::SessionLogin</name>
    <message>
        <location filename="../src/storage/db/sessionlogin.cpp" line="22"/>
        <source>%1 is an SQLite file: it has no logins, names there are self-declared.</source>
        <translation>%1 ist eine SQLite-Datei ohne Logins; Namen werden dort selbst angegeben.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sessionlogin.cpp" line="32"/>
        <source>%1 did not say which login this connection uses.</source>
        <translation>%1 hat nicht mitgeteilt, welches Login diese Verbindung verwendet.</translation>
    </message>
</context>
<context>
    <name>warroom::Severity</name>
    <message>
        <location filename="../src/core/incident/severity.cpp" line="14"/>
        <source>Critical: the product is down or untrustworthy for many customers, money is wrongly charged, customer data leaked, or an agent caused customer loss.</source>
        <translation>Kritisch: Das Produkt ist für viele Kunden ausgefallen oder nicht vertrauenswürdig, Geld wird falsch berechnet, Kundendaten sind abgeflossen, oder ein Agent hat einen Kundenschaden verursacht.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/severity.cpp" line="20"/>
        <source>Major: a task type or customer segment is badly degraded; no safe workaround.</source>
        <translation>Schwer: Ein Aufgabentyp oder Kundensegment ist stark beeinträchtigt; keine sichere Umgehung.</translation>
    </message>
    <message>
        <location filename="../src/core/incident/severity.cpp" line="24"/>
        <source>Minor: limited impact, a workaround exists, no money or data involved.</source>
        <translation>Gering: begrenzte Auswirkung, eine Umgehung existiert, weder Geld noch Daten betroffen.</translation>
    </message>
</context>
<context>
    <name>warroom::SharedIdentity</name>
    <message>
        <location filename="../src/storage/server/sharedidentity.cpp" line="34"/>
        <source>The login %1 is not in this war room&apos;s people directory; an administrator runs: warroomctl server add-person %1 --name &quot;FULL NAME&quot;</source>
        <translation>Das Login %1 ist nicht im Personenverzeichnis dieses War Rooms; ein Administrator führt dazu aus: warroomctl server add-person %1 --name &quot;FULL NAME&quot;</translation>
    </message>
</context>
<context>
    <name>warroom::SignOffGate</name>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="35"/>
        <source>fill or replace %1</source>
        <translation>füllen oder ersetzen Sie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/storage/comms/signoffgate.cpp" line="37"/>
        <source>fix %n malformed placeholder(s)</source>
        <translation>
            <numerusform>beheben Sie %n fehlerhaften Platzhalter</numerusform>
            <numerusform>beheben Sie %n fehlerhafte Platzhalter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="39"/>
        <source>Draft #%1 still has placeholders: %2, and save it. Placeholders left in the text block review, approval and publishing.</source>
        <translation>Entwurf #%1 enthält noch Platzhalter: %2, und speichern Sie ihn. Verbleibende Platzhalter im Text blockieren Prüfung, Genehmigung und Veröffentlichung.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="42"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="56"/>
        <source>Only %1 can sign off; you are “%2”.</source>
        <translation>Nur %1 darf freigeben; Sie sind „%2“.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="58"/>
        <source>Only %1 can request changes; you are “%2”.</source>
        <translation>Nur %1 darf Änderungen anfordern; Sie sind „%2“.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="60"/>
        <source>Only %1 can approve; you are “%2”.</source>
        <translation>Nur %1 darf genehmigen; Sie sind „%2“.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="62"/>
        <source>Only %1 can publish; you are “%2”.</source>
        <translation>Nur %1 darf veröffentlichen; Sie sind „%2“.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="64"/>
        <source>Only %1 can take this step; you are “%2”.</source>
        <translation>Nur %1 darf diesen Schritt ausführen; Sie sind „%2“.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="73"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can sign off: assign it first.</source>
        <translation>Niemand hat die Rolle %1 in Vorfall %2 bisher inne, und nur ihr Inhaber darf freigeben: Weisen Sie sie zuerst zu.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="76"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can request changes: assign it first.</source>
        <translation>Niemand hat die Rolle %1 in Vorfall %2 bisher inne, und nur ihr Inhaber darf Änderungen anfordern: Weisen Sie sie zuerst zu.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="79"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can approve: assign it first.</source>
        <translation>Niemand hat die Rolle %1 in Vorfall %2 bisher inne, und nur ihr Inhaber darf genehmigen: Weisen Sie sie zuerst zu.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="82"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can publish: assign it first.</source>
        <translation>Niemand hat die Rolle %1 in Vorfall %2 bisher inne, und nur ihr Inhaber darf veröffentlichen: Weisen Sie sie zuerst zu.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="85"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can take this step: assign it first.</source>
        <translation>Niemand hat die Rolle %1 in Vorfall %2 bisher inne, und nur ihr Inhaber darf diesen Schritt ausführen: Weisen Sie sie zuerst zu.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="124"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="135"/>
        <source>Say who you are first: every step is recorded under a name.</source>
        <translation>Geben Sie zuerst an, wer Sie sind: Jeder Schritt wird unter einem Namen erfasst.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="160"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>Der Autor darf nicht leer sein: Geben Sie an, wer die Änderung vorgenommen hat.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="180"/>
        <source>Draft #%1: %2</source>
        <translation>Entwurf #%1: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="240"/>
        <source>The saved text of draft #%1 no longer hashes to the value stored with it; it was changed outside War Room. Save the text again to review it afresh.</source>
        <translation>Der gespeicherte Text von Entwurf #%1 passt nicht mehr zu dem mit ihm gespeicherten Hash; er wurde außerhalb von War Room geändert. Speichern Sie den Text erneut, um ihn neu prüfen zu lassen.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="257"/>
        <source>%1 signed version %2 of draft #%3 off as legal; the approval must come from someone else (four eyes). Hand the incident-commander role to another person, or have another lawyer sign off.</source>
        <translation>%1 hat Version %2 von Entwurf #%3 rechtlich freigegeben; die Genehmigung muss von jemand anderem kommen (Vier-Augen-Prinzip). Übergeben Sie die Rolle des Incident Commanders an eine andere Person, oder lassen Sie einen anderen Juristen freigeben.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="390"/>
        <source>Draft #%1 has no %2 for the text being published; it cannot go out.</source>
        <translation>Entwurf #%1 hat keine %2 für den zu veröffentlichenden Text; er kann nicht hinausgehen.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="224"/>
        <source>Lint errors block this step: %1. Fix them, or give a reason to go on anyway; the reason is logged and shown to legal.</source>
        <translation>Lint-Fehler blockieren diesen Schritt: %1. Beheben Sie sie oder geben Sie einen Grund an, trotzdem fortzufahren; der Grund wird protokolliert und der Rechtsabteilung gezeigt.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="229"/>
        <location filename="../src/storage/comms/signoffgate.cpp" line="324"/>
        <source>The reason is limited to %1 characters.</source>
        <translation>Der Grund ist auf %1 Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="321"/>
        <source>Say what should change: the reason goes to the author.</source>
        <translation>Geben Sie an, was sich ändern soll: Der Grund geht an den Autor.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="392"/>
        <source>legal sign-off</source>
        <translation>rechtliche Freigabe</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="392"/>
        <source>IC approval</source>
        <translation>IC-Genehmigung</translation>
    </message>
</context>
<context>
    <name>warroom::SlackPublisher</name>
    <message>
        <location filename="../src/integrations/channels/slackpublisher.cpp" line="68"/>
        <source>Slack incoming webhook at %1</source>
        <translation>Eingehender Slack-Webhook unter %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/slackpublisher.cpp" line="113"/>
        <source>Sync %1, %2</source>
        <translation>Fortschrittsmeldung %1, %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/slackpublisher.cpp" line="134"/>
        <source>Posted to the Slack channel (%1).</source>
        <translation>Im Slack-Kanal gepostet (%1).</translation>
    </message>
</context>
<context>
    <name>warroom::SqliteDialect</name>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="40"/>
        <source>No database file name was given.</source>
        <translation>Es wurde kein Datenbankdateiname angegeben.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="58"/>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="63"/>
        <source>Cannot open %1 for writing: the folder %2 is read-only, and SQLite needs to create its journal files there. Copy the database to a writable folder.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: Der Ordner %2 ist schreibgeschützt, und SQLite muss dort seine Journaldateien anlegen. Kopieren Sie die Datenbank in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="48"/>
        <source>Cannot open %1: it is a folder, not a database file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="51"/>
        <source>Cannot open %1: it is not a regular file (a device, a pipe or a socket). Give the name of a War Room database file, or a new file name to create one.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket). Geben Sie den Namen einer War-Room-Datenbankdatei an, oder einen neuen Dateinamen, um eine anzulegen.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="72"/>
        <source>Cannot open %1: permission to read it is denied.</source>
        <translation>%1 kann nicht geöffnet werden: Keine Leseberechtigung.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="76"/>
        <source>Cannot open %1: the file is read-only. War Room needs to write to its database; make the file writable or open a copy.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei ist schreibgeschützt. War Room muss in seine Datenbank schreiben; machen Sie die Datei beschreibbar oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="106"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="111"/>
        <source>%1 is not an SQLite database (it does not start with the SQLite file header). Choose a War Room database or a new file name; the file was left untouched.</source>
        <translation>%1 ist keine SQLite-Datenbank (sie beginnt nicht mit dem SQLite-Dateikopf). Wählen Sie eine War-Room-Datenbank oder einen neuen Dateinamen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="116"/>
        <source>%1 is damaged: it is shorter than an SQLite header. The file was left untouched.</source>
        <translation>%1 ist beschädigt: Sie ist kürzer als ein SQLite-Dateikopf. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="135"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="173"/>
        <source>%1: SQLite refused &quot;%2&quot;; the database cannot be used safely.</source>
        <translation>%1: SQLite hat „%2“ abgelehnt; die Datenbank kann nicht sicher verwendet werden.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="245"/>
        <source>Check the whole file with &apos;warroomctl --db %1 check --full&apos;; restore it from a backup if it is damaged.</source>
        <translation>Prüfen Sie die ganze Datei mit &apos;warroomctl --db %1 check --full&apos;; stellen Sie sie aus einer Sicherung wieder her, falls sie beschädigt ist.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="252"/>
        <source>%1 is locked by another writer (another War Room or warroomctl is writing to it); gave up after waiting %2 ms. Nothing was written; try again.</source>
        <translation>%1 ist durch einen anderen Schreiber gesperrt (ein anderes War Room oder warroomctl schreibt gerade hinein); nach %2 ms Wartezeit aufgegeben. Es wurde nichts geschrieben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="259"/>
        <source>%1 cannot be written (read-only: %2). Nothing was written; make the file and its folder writable, or open a copy.</source>
        <translation>%1 kann nicht geschrieben werden (schreibgeschützt: %2). Es wurde nichts geschrieben; machen Sie die Datei und ihren Ordner beschreibbar, oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="264"/>
        <source>%1 is damaged (SQLite: %2). Nothing was written. %3</source>
        <translation>%1 ist beschädigt (SQLite: %2). Es wurde nichts geschrieben. %3</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="268"/>
        <source>%1 is not a valid SQLite database (SQLite: %2). Nothing was written. %3</source>
        <translation>%1 ist keine gültige SQLite-Datenbank (SQLite: %2). Es wurde nichts geschrieben. %3</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="273"/>
        <source>%1: the disk is full (SQLite: %2). Nothing was written; free some space on the disk that holds the file and try again.</source>
        <translation>%1: Die Festplatte ist voll (SQLite: %2). Es wurde nichts geschrieben; schaffen Sie Platz auf dem Datenträger mit der Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="278"/>
        <source>%1 could not be read or written (input/output error, SQLite: %2). Nothing was written; check the disk or the network share, then try again.</source>
        <translation>%1 konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler, SQLite: %2). Es wurde nichts geschrieben; prüfen Sie den Datenträger oder die Netzwerkfreigabe und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="284"/>
        <source>Cannot open %1 (SQLite: %2). Check that the file and its folder exist and that you may read and write them.</source>
        <translation>%1 kann nicht geöffnet werden (SQLite: %2). Prüfen Sie, ob die Datei und ihr Ordner existieren und ob Sie sie lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="243"/>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="289"/>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
</context>
<context>
    <name>warroom::Status</name>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="13"/>
        <source>Investigating</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="14"/>
        <source>Identified</source>
        <translation>Ursache gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="15"/>
        <source>Monitoring</source>
        <translation>Wird beobachtet</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="16"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="17"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="52"/>
        <source>the incident is already in this status</source>
        <translation>der Vorfall hat diesen Status bereits</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="54"/>
        <source>a closed incident cannot change status; declare a new incident instead</source>
        <translation>ein geschlossener Vorfall kann den Status nicht ändern; rufen Sie stattdessen einen neuen Vorfall aus</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="56"/>
        <source>only a restored incident can be closed</source>
        <translation>nur ein wiederhergestellter Vorfall kann geschlossen werden</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="58"/>
        <source>moving back is only allowed to &quot;investigating&quot; (a relapse)</source>
        <translation>zurück geht es nur zu &quot;investigating&quot; (ein Rückfall)</translation>
    </message>
</context>
<context>
    <name>warroom::StatusPagePublisher</name>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="40"/>
        <source>The status page needs a status of %1; this message has none of them.</source>
        <translation>Die Statusseite braucht einen der Status %1; diese Nachricht hat keinen davon.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="43"/>
        <source>The status page&apos;s impact is one of %1; this message has another.</source>
        <translation>Die Auswirkung auf der Statusseite ist eine von %1; diese Nachricht hat eine andere.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="46"/>
        <source>The stored status page incident id is not one Statuspage gives (letters, digits, - and _); the outbox row needs a new id or none.</source>
        <translation>Die gespeicherte Vorfall-ID der Statusseite ist keine, die Statuspage vergibt (Buchstaben, Ziffern, - und _); die Postausgangszeile braucht eine neue ID oder keine.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="49"/>
        <source>The message has no idempotency key; the outbox must give every row one.</source>
        <translation>Die Nachricht hat keinen Idempotenzschlüssel; der Postausgang muss jeder Zeile einen geben.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="75"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="80"/>
        <source>the answer is not an incident with an id</source>
        <translation>die Antwort ist kein Vorfall mit ID</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="97"/>
        <source>status page %1 at %2</source>
        <translation>Statusseite %1 unter %2</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="186"/>
        <source>Looking the incident up by its key before creating it: %1</source>
        <translation>Vorfall wird vor dem Anlegen über seinen Schlüssel gesucht: %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="195"/>
        <source>The list of unresolved incidents is not what the Statuspage API answers (a JSON array of incidents); check WARROOM_STATUSPAGE_BASE_URL.</source>
        <translation>Die Liste ungelöster Vorfälle entspricht nicht der Antwort der Statuspage-API (ein JSON-Array von Vorfällen); prüfen Sie WARROOM_STATUSPAGE_BASE_URL.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="213"/>
        <source>An earlier attempt had created incident %1; not created again.</source>
        <translation>Ein früherer Versuch hatte Vorfall %1 angelegt; nicht erneut angelegt.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="239"/>
        <source>%1, but the incident id in the answer is not one Statuspage gives (letters, digits, - and _); check WARROOM_STATUSPAGE_BASE_URL.</source>
        <translation>%1, aber die Vorfall-ID in der Antwort ist keine, die Statuspage vergibt (Buchstaben, Ziffern, - und _); prüfen Sie WARROOM_STATUSPAGE_BASE_URL.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="246"/>
        <source>the answer is too large</source>
        <translation>die Antwort ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="251"/>
        <source>%1, but %2; the next attempt looks the incident up by its idempotency key.</source>
        <translation>%1, aber %2; der nächste Versuch sucht den Vorfall über seinen Idempotenzschlüssel.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="258"/>
        <source>Created status page incident %1.</source>
        <translation>Vorfall %1 auf der Statusseite angelegt.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="274"/>
        <source>Updated status page incident %1.</source>
        <translation>Vorfall %1 auf der Statusseite aktualisiert.</translation>
    </message>
</context>
<context>
    <name>warroom::StoredRow</name>
    <message>
        <location filename="../src/storage/db/storedrow.cpp" line="19"/>
        <source>%1 row %2 has %3 &quot;%4&quot;, which this build does not know: was the database written by a newer War Room?</source>
        <translation>%1-Zeile %2 hat %3 „%4“, das dieser Build nicht kennt: Wurde die Datenbank von einer neueren War-Room-Version geschrieben?</translation>
    </message>
</context>
<context>
    <name>warroom::TemplateLibraryDialog</name>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="28"/>
        <source>Announcement templates</source>
        <translation>Mitteilungsvorlagen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="33"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="40"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="46"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="50"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="53"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="57"/>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="72"/>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="103"/>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · Version %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="127"/>
        <source>v%1 — %2, %3</source>
        <translation>v%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="164"/>
        <source>Saved &quot;%1&quot; as version %2.</source>
        <translation>„%1“ als Version %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>warroom::TemplateStore</name>
    <message>
        <location filename="../src/storage/comms/templatestore.cpp" line="97"/>
        <location filename="../src/storage/comms/templatestore.cpp" line="119"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/templatestore.cpp" line="118"/>
        <source>Template &quot;%1&quot; has no version %2.</source>
        <translation>Vorlage „%1“ hat keine Version %2.</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/templatestore.cpp" line="127"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>Der Autor darf nicht leer sein: Geben Sie an, wer die Änderung vorgenommen hat.</translation>
    </message>
</context>
<context>
    <name>warroom::Templates</name>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="33"/>
        <source>%1: {{%2}} at offset %3 is not a placeholder War Room knows.</source>
        <translation>%1: {{%2}} an Position %3 ist kein Platzhalter, den War Room kennt.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="36"/>
        <source>%1: {{%2}} at offset %3 is not a placeholder War Room knows; did you mean {{%4}}?</source>
        <translation>%1: {{%2}} an Position %3 ist kein Platzhalter, den War Room kennt; meinten Sie {{%4}}?</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="53"/>
        <source>The template key &quot;%1&quot; must be lowercase letters, digits and dashes, starting with a letter, at most %2 characters.</source>
        <translation>Der Vorlagenschlüssel „%1“ muss aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen, mit einem Buchstaben beginnen und höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="60"/>
        <source>A template needs a name of 1 to %1 characters.</source>
        <translation>Eine Vorlage braucht einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="64"/>
        <source>&quot;%1&quot; is not an announcement kind; the kinds are: %2.</source>
        <translation>„%1“ ist keine Mitteilungsart; die Arten sind: %2.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="68"/>
        <source>The title must be a single line.</source>
        <translation>Der Titel muss einzeilig sein.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="71"/>
        <source>The template body is empty.</source>
        <translation>Der Vorlagentext ist leer.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="75"/>
        <source>The template body has %1 characters; the limit is %2.</source>
        <translation>Der Vorlagentext hat %1 Zeichen; das Limit ist %2.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="102"/>
        <source>%1, line %2: expected &quot;field: value&quot; or &quot;---&quot;.</source>
        <translation>%1, Zeile %2: &quot;Feld: Wert&quot; oder &quot;---&quot; erwartet.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="121"/>
        <source>%1, line %2: &quot;%3&quot; is not a category; the categories are: %4.</source>
        <translation>%1, Zeile %2: „%3“ ist keine Kategorie; die Kategorien sind: %4.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="132"/>
        <source>%1, line %2: &quot;%3&quot; is not a channel; the channels are: %4.</source>
        <translation>%1, Zeile %2: „%3“ ist kein Kanal; die Kanäle sind: %4.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="138"/>
        <source>%1, line %2: unknown field &quot;%3&quot;.</source>
        <translation>%1, Zeile %2: unbekanntes Feld „%3“.</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="146"/>
        <source>%1: no &quot;---&quot; line before the body.</source>
        <translation>%1: keine Zeile &quot;---&quot; vor dem Text.</translation>
    </message>
</context>
<context>
    <name>warroom::Theme</name>
    <message>
        <location filename="../src/widgets/common/theme.cpp" line="162"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/theme.cpp" line="164"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/theme.cpp" line="166"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/theme.cpp" line="254"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
</context>
<context>
    <name>warroom::Timeline</name>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="34"/>
        <source>%1 assigned as %2 (override: not listed for the role)</source>
        <translation>%1 als %2 zugewiesen (Ausnahme: nicht für die Rolle geführt)</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="36"/>
        <source>%1 assigned as %2</source>
        <translation>%1 als %2 zugewiesen</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="39"/>
        <source>%1 no longer %2</source>
        <translation>%1 ist nicht mehr %2</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="41"/>
        <source>%1 acknowledged %2: &quot;I have it&quot;</source>
        <translation>%1 hat %2 bestätigt: „Ich übernehme“</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="47"/>
        <source>Key accounts to call (%1): %2</source>
        <translation>Anzurufende Key Accounts (%1): %2</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="61"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="32"/>
        <source>#%1</source>
        <comment>a draft&apos;s number within its incident</comment>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="33"/>
        <source>id %1</source>
        <comment>a draft named by its database id when its number is unknown</comment>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="39"/>
        <source>draft %1 v%2</source>
        <translation>Entwurf %1 v%2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="64"/>
        <source> (lint errors %1 overridden: %2)</source>
        <translation> (Lint-Fehler %1 übergangen: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="73"/>
        <source>draft</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="75"/>
        <source>in legal review</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>in rechtlicher Prüfung</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="77"/>
        <source>changes requested</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="79"/>
        <source>legally signed off</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>rechtlich freigegeben</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="81"/>
        <source>IC approved</source>
        <translation>vom IC genehmigt</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="83"/>
        <source>published</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="90"/>
        <source>legal sign-off</source>
        <translation>rechtliche Freigabe</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="92"/>
        <source>IC approval</source>
        <translation>IC-Genehmigung</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="100"/>
        <source>sync %1</source>
        <translation>Fortschrittsmeldung %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="104"/>
        <source>publication %1 of draft %2</source>
        <translation>Veröffentlichung %1 von Entwurf %2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="105"/>
        <source>publication %1</source>
        <translation>Veröffentlichung %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="126"/>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="136"/>
        <source>Started draft %1: %2, %3</source>
        <translation>Entwurf %1 begonnen: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="137"/>
        <source>%1, for %2</source>
        <translation>%1, für %2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="140"/>
        <source>Saved %1 (text %2)</source>
        <translation>%1 gespeichert (Text %2)</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="145"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="152"/>
        <source>Draft %1 went back to draft (it was %2) because %3%4</source>
        <translation>Entwurf %1 ist wieder ein Entwurf (war: %2); Grund: %3%4</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="155"/>
        <source>Edit of draft %1 voided its %2 state%3</source>
        <translation>Die Bearbeitung von Entwurf %1 hat den Zustand „%2“ aufgehoben%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="161"/>
        <source>Draft %1 now needs legal review: %2</source>
        <translation>Entwurf %1 braucht jetzt eine rechtliche Prüfung: %2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="162"/>
        <source>Marked draft %1 as needing legal review</source>
        <translation>Entwurf %1 als rechtlich prüfpflichtig markiert</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="165"/>
        <source>Sent %1 to legal review (text %2)%3</source>
        <translation>%1 zur rechtlichen Prüfung gesendet (Text %2)%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="168"/>
        <source>Legal signed off %1 (text %2)</source>
        <translation>Rechtsabteilung hat %1 freigegeben (Text %2)</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="170"/>
        <source>Requested changes to %1: %2</source>
        <translation>Änderungen an %1 angefordert: %2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="173"/>
        <source>IC approved %1 (text %2)%3</source>
        <translation>IC hat %1 genehmigt (Text %2)%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="176"/>
        <source>Published %1 (%2) on %3 (text %4)</source>
        <translation>%1 (%2) veröffentlicht auf %3 (Text %4)</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="181"/>
        <source>Delivered %1: %2</source>
        <translation>%1 zugestellt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="182"/>
        <source>Delivered %1: %2 (remote id %3)</source>
        <translation>%1 zugestellt: %2 (Remote-ID %3)</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="186"/>
        <source>%1 posted %2 by hand: %3</source>
        <translation>%1 hat %2 von Hand gepostet: %3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="189"/>
        <source>Delivery of %1 failed: %2: %3</source>
        <translation>Zustellung von %1 fehlgeschlagen: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="193"/>
        <source>Delivery of %1 will be retried: %2: %3</source>
        <translation>Zustellung von %1 wird wiederholt: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="197"/>
        <source>%1 queued %2 again: %3</source>
        <translation>%1 hat %2 erneut eingereiht: %3</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="49"/>
        <source>Declared %1 %2: %3</source>
        <translation>Ausgerufen: %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="59"/>
        <source>%1 (trigger conditions: %2)</source>
        <translation>%1 (Auslösebedingungen: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="63"/>
        <source>Sync: %1</source>
        <translation>Fortschrittsmeldung: %1</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="66"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="67"/>
        <source>Done: %1 (%2)</source>
        <translation>Erledigt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="71"/>
        <source>Refused to waive %1: %2</source>
        <translation>Erlassen von %1 verweigert: %2</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="72"/>
        <source>Refused to tick done %1: %2</source>
        <translation>Abhaken von %1 verweigert: %2</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="75"/>
        <source>Waived: %1 (reason: %2)</source>
        <translation>Erlassen: %1 (Grund: %2)</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="78"/>
        <source>Status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="92"/>
        <source>Edited %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
</context>
<context>
    <name>warroom::TimelineModel</name>
    <message>
        <location filename="../src/models/incidents/timelinemodel.cpp" line="91"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/timelinemodel.cpp" line="93"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/timelinemodel.cpp" line="95"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>warroom::UiLanguage</name>
    <message>
        <location filename="../src/core/base/uilanguage.cpp" line="33"/>
        <source>the language chosen in Preferences</source>
        <translation>Sprachauswahl in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../src/core/base/uilanguage.cpp" line="93"/>
        <source>%1 names the language &quot;%2&quot;, which War Room does not have; choose one of: %3.</source>
        <translation>Die Sprache „%2“ (Quelle: %1) gibt es in War Room nicht; wählen Sie eine von: %3.</translation>
    </message>
</context>
<context>
    <name>warroom::UserNameDialog</name>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="18"/>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="21"/>
        <source>War Room records your name on everything you do here: declarations, notes, roles, calls, drafts and sign-offs, for the incident&apos;s timeline and the postmortem.</source>
        <translation>War Room vermerkt Ihren Namen bei allem, was Sie hier tun: Ausrufungen, Notizen, Rollen, Anrufe, Entwürfe und Freigaben, für die Zeitleiste des Vorfalls und das Postmortem.</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="26"/>
        <source>This database is a file on this computer (local mode): nobody checks the name, you declare it yourself. Use the name your colleagues know you by, as in the people directory.</source>
        <translation>Diese Datenbank ist eine Datei auf diesem Computer (lokaler Modus): Niemand prüft den Namen, Sie geben ihn selbst an. Verwenden Sie den Namen, unter dem Ihre Kollegen Sie kennen, wie im Personenverzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="32"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="35"/>
        <source>e.g. Dana Reyes</source>
        <translation>z. B. Dana Reyes</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="42"/>
        <source>You can change it later with Window → Set your name…</source>
        <translation>Sie können ihn später unter Fenster → Ihren Namen festlegen… ändern.</translation>
    </message>
</context>
<context>
    <name>warroom::WallIncidentModel</name>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="134"/>
        <source>Loading incident #%1…</source>
        <translation>Vorfall #%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="187"/>
        <source>%1 (%2 ago) · %3</source>
        <translation>%1 (vor %2) · %3</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="221"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="222"/>
        <source>due in %1 — %2</source>
        <translation>fällig in %1 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="226"/>
        <source>none due</source>
        <translation>nichts fällig</translation>
    </message>
</context>
<context>
    <name>warroom::WallIncidentPanel</name>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="79"/>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="80"/>
        <source>✖&amp;nbsp;UNFILLED</source>
        <translation>✖&amp;nbsp;UNBESETZT</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="94"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="98"/>
        <source>◆ DUE SOON in %1</source>
        <translation>◆ BALD FÄLLIG in %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="101"/>
        <source>▶ in %1</source>
        <translation>▶ in %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="103"/>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="119"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="128"/>
        <source>%1 · %2 · %3 · detected %4</source>
        <translation>%1 · %2 · %3 · erkannt %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="129"/>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="134"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="141"/>
        <source>Nothing else is due.</source>
        <translation>Sonst ist nichts fällig.</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="142"/>
        <source>NEXT DEADLINES</source>
        <translation>NÄCHSTE FRISTEN</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="148"/>
        <source>✔ Nothing overdue</source>
        <translation>✔ Nichts überfällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="150"/>
        <source>⚠ %n OVERDUE</source>
        <translation>
            <numerusform>⚠ %n ÜBERFÄLLIG</numerusform>
            <numerusform>⚠ %n ÜBERFÄLLIG</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="156"/>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="161"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="157"/>
        <source>✖</source>
        <translation>✖</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="159"/>
        <source>UNFILLED</source>
        <translation>UNBESETZT</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="162"/>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="182"/>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="166"/>
        <source>%1 %2: %3 — %4</source>
        <translation>%1 %2: %3 — %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="167"/>
        <source>◷</source>
        <translation>◷</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="173"/>
        <source>Nobody holds a role yet.</source>
        <translation>Noch keine Rolle besetzt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="174"/>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="178"/>
        <source>No key accounts selected</source>
        <translation>Keine Key Accounts ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="181"/>
        <source>%1 %2 of %3 reached · %4 closed out</source>
        <translation>%1 %2 von %3 erreicht · %4 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="182"/>
        <source>☎</source>
        <translation>☎</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="189"/>
        <source>Still open: %1</source>
        <translation>Noch offen: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="192"/>
        <source>KEY-ACCOUNT CALLS</source>
        <translation>KEY-ACCOUNT-ANRUFE</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="196"/>
        <source>Latest: nothing published yet</source>
        <translation>Zuletzt: noch nichts veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="198"/>
        <source>Latest: %1 — %2</source>
        <translation>Zuletzt: %1 — %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="199"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="204"/>
        <source>⚠ Next: %1</source>
        <translation>⚠ Nächste: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="205"/>
        <source>Next: %1</source>
        <translation>Nächste: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="206"/>
        <source>✉ EXTERNAL MESSAGES</source>
        <translation>✉ EXTERNE MITTEILUNGEN</translation>
    </message>
</context>
<context>
    <name>warroom::WallScreen</name>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="23"/>
        <source>War Room — wall screen</source>
        <translation>War Room — Wandbildschirm</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="41"/>
        <source>✔ No active incidents</source>
        <translation>✔ Keine aktiven Vorfälle</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="126"/>
        <source>WAR ROOM</source>
        <translation>WAR ROOM</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="129"/>
        <source>Active incidents: %1</source>
        <translation>Aktive Vorfälle: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="135"/>
        <source>%1 of %2 (next in %3 s)</source>
        <translation>%1 von %2 (nächster in %3 s)</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="141"/>
        <source>OFFLINE — changes are not being saved (%1)</source>
        <translation>OFFLINE — Änderungen werden nicht gespeichert (%1)</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="146"/>
        <source>Esc or F11 leaves</source>
        <translation>Esc oder F11 beendet</translation>
    </message>
</context>
<context>
    <name>warroom::WebhookPublisher</name>
    <message>
        <location filename="../src/integrations/channels/webhookpublisher.cpp" line="48"/>
        <source>webhook at %1</source>
        <translation>Webhook unter %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/webhookpublisher.cpp" line="71"/>
        <source>The message&apos;s idempotency key is empty or not printable ASCII; it cannot be an HTTP header.</source>
        <translation>Der Idempotenzschlüssel der Nachricht ist leer oder kein druckbares ASCII; er kann kein HTTP-Header sein.</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/webhookpublisher.cpp" line="85"/>
        <source>Delivered to the webhook (%1).</source>
        <translation>An den Webhook zugestellt (%1).</translation>
    </message>
</context>
<context>
    <name>warroom::WelcomeDialog</name>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="22"/>
        <source>Welcome to War Room</source>
        <translation>Willkommen bei War Room</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="25"/>
        <source>This database is empty. During an incident War Room assigns the playbook roles to people from the people directory and proposes the key accounts to call, so bring both in first: each is a CSV file that a spreadsheet can save.</source>
        <translation>Diese Datenbank ist leer. Während eines Vorfalls weist War Room die Playbook-Rollen Personen aus dem Personenverzeichnis zu und schlägt die anzurufenden Key Accounts vor; bringen Sie daher zuerst beides ein: jeweils eine CSV-Datei, wie sie eine Tabellenkalkulation speichern kann.</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="41"/>
        <source>Import &amp;people from CSV…</source>
        <translation>&amp;Personen aus CSV importieren…</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="42"/>
        <source>Names, how to reach each person, and the roles they can hold.</source>
        <translation>Namen, wie jede Person erreichbar ist, und die Rollen, die sie übernehmen kann.</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="45"/>
        <source>Import &amp;key accounts from CSV…</source>
        <translation>&amp;Key Accounts aus CSV importieren…</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="46"/>
        <source>Customers to call in an incident, with their contacts; each names its customer success manager from the people directory, so import the people first.</source>
        <translation>Kunden, die bei einem Vorfall angerufen werden, mit ihren Kontakten; jeder nennt seinen Customer Success Manager aus dem Personenverzeichnis, importieren Sie also zuerst die Personen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="50"/>
        <source>Open a &amp;demo incident</source>
        <translation>&amp;Demo-Vorfall öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="51"/>
        <source>A behaviour-anomaly incident 40 minutes in, with its own people and key accounts: roles filled, some steps done, calls made, an announcement drafted. Marked DEMO; Directory → Remove demo data takes it all away again.</source>
        <translation>Ein Vorfall mit Verhaltensanomalie, seit 40 Minuten im Gang, mit eigenen Personen und Key Accounts: Rollen besetzt, einige Schritte erledigt, Anrufe getätigt, eine Mitteilung entworfen. Als DEMO gekennzeichnet; Verzeichnis → Demodaten entfernen entfernt alles wieder.</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="55"/>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="115"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="56"/>
        <source>Go to the incident list; both imports stay in the Directory menu, and people can also be added one by one there.</source>
        <translation>Zur Vorfallliste wechseln; beide Importe bleiben im Menü „Verzeichnis“, dort können Personen auch einzeln hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="109"/>
        <source>Now: %1, %2.</source>
        <translation>Aktuell: %1, %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="111"/>
        <source>nobody in the people directory</source>
        <translation>niemand im Personenverzeichnis</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="112"/>
        <source>%n people in the directory</source>
        <translation>
            <numerusform>%n Person im Verzeichnis</numerusform>
            <numerusform>%n Personen im Verzeichnis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="113"/>
        <source>no key accounts</source>
        <translation>keine Key Accounts</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="114"/>
        <source>%n key accounts</source>
        <translation>
            <numerusform>%n Key Account</numerusform>
            <numerusform>%n Key Accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="115"/>
        <source>&amp;Start empty</source>
        <translation>&amp;Leer starten</translation>
    </message>
</context>
<context>
    <name>warroom::Workspace</name>
    <message>
        <location filename="../src/storage/workspace.cpp" line="107"/>
        <source>the server closed this window&apos;s connection</source>
        <translation>der Server hat die Verbindung dieses Fensters geschlossen</translation>
    </message>
</context>
<context>
    <name>warroomctl</name>
    <message>
        <location filename="../src/cli/command.cpp" line="16"/>
        <source>failed without a message</source>
        <translation>ohne Meldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/cli/command.cpp" line="24"/>
        <source>Run &apos;warroomctl list&apos; to see the incidents.</source>
        <translation>Führen Sie &apos;warroomctl list&apos; aus, um die Vorfälle zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="19"/>
        <source>accounts import takes one file: warroomctl accounts import FILE.csv</source>
        <translation>accounts import nimmt eine Datei: warroomctl accounts import FILE.csv</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="28"/>
        <source>%1: %2 added, %3 updated, %4 no longer listed.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="41"/>
        <source>accounts select needs the incident id: warroomctl accounts select ID [--top N | ACCOUNT...]</source>
        <translation>accounts select braucht die Vorfall-ID: warroomctl accounts select ID [--top N | ACCOUNT...]</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="48"/>
        <source>Give either --top N or account names, not both.</source>
        <translation>Geben Sie entweder --top N oder Kontonamen an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="71"/>
        <source>&quot;%1&quot; is not on the key-account list.</source>
        <translation>„%1“ ist nicht auf der Key-Account-Liste.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="93"/>
        <source>accounts knows the actions import and select; see &apos;warroomctl accounts --help&apos;.</source>
        <translation>accounts kennt die Aktionen import und select; siehe &apos;warroomctl accounts --help&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="105"/>
        <source>Import the key-account list; select the accounts to call on an incident.</source>
        <translation>Key-Account-Liste importieren; anzurufende Konten für einen Vorfall auswählen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="106"/>
        <source>import FILE.csv makes the file the key-account list (docs/csv-formats.md): accounts are matched by name, accounts the file no longer has are taken off the list. The whole file is checked first; on any problem nothing is imported.
select ID selects the top 10 accounts (--top N for another number) by rank, then ARR, for outreach on the incident; select ID ACCOUNT... selects exactly the named accounts (names or ids, in call order). Prints the selected accounts. Records an accounts_selected event.</source>
        <translation>import FILE.csv macht die Datei zur Key-Account-Liste (docs/csv-formats.md): Konten werden über den Namen zugeordnet, Konten, die nicht mehr in der Datei stehen, werden von der Liste genommen. Zuerst wird die ganze Datei geprüft; bei einem Problem wird nichts importiert.
select ID wählt die Top-10-Konten (--top N für eine andere Anzahl) nach Rang, dann ARR, zur Kontaktaufnahme für den Vorfall aus; select ID ACCOUNT... wählt genau die genannten Konten aus (Namen oder IDs, in Anrufreihenfolge). Gibt die ausgewählten Konten aus. Erfasst ein accounts_selected-Ereignis.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="114"/>
        <source>How many of the top accounts to select (default 10).</source>
        <translation>Wie viele der Top-Konten ausgewählt werden (Standard 10).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/ack.cpp" line="28"/>
        <source>Acknowledge a role (&quot;I have it&quot;).</source>
        <translation>Eine Rolle bestätigen („Ich übernehme“).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/ack.cpp" line="29"/>
        <source>Records a role_acknowledged event with the time. Without --person, the holder acknowledging is the author if they hold the role, else the only holder; with several holders (customer success) name one.</source>
        <translation>Erfasst ein role_acknowledged-Ereignis mit der Zeit. Ohne --person bestätigt der Autor, falls er die Rolle innehat, sonst der einzige Inhaber; bei mehreren Inhabern (Customer Success) nennen Sie einen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/ack.cpp" line="33"/>
        <source>The holder who acknowledges.</source>
        <translation>Der Inhaber, der bestätigt.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="16"/>
        <source>With warroomctl: add --override.</source>
        <translation>Mit warroomctl: --override hinzufügen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="27"/>
        <source>Assign or reassign a playbook role on an incident.</source>
        <translation>Eine Playbook-Rolle in einem Vorfall zuweisen oder neu zuweisen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="29"/>
        <source>Records a role_assigned event. ROLE is one of %1. Customer success may be held by several people; any other role has one holder, so assigning it again reassigns it. The person must be listed for the role in the people directory; --override assigns anyone else, and the event records that the override was used.</source>
        <translation>Erfasst ein role_assigned-Ereignis. ROLE ist eine von %1. Customer Success kann von mehreren Personen besetzt sein; jede andere Rolle hat einen Inhaber, erneutes Zuweisen weist sie also neu zu. Die Person muss im Personenverzeichnis für die Rolle geführt sein; --override weist jede andere Person zu, und das Ereignis hält fest, dass die Ausnahme verwendet wurde.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="39"/>
        <source>Assign although the people directory does not list the person for the role (recorded).</source>
        <translation>Zuweisen, obwohl das Personenverzeichnis die Person nicht für die Rolle führt (wird protokolliert).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="56"/>
        <source>Record an outreach attempt to a selected key account.</source>
        <translation>Einen Kontaktversuch bei einem ausgewählten Key Account erfassen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="58"/>
        <source>Records a call_attempt event with the time. ACCOUNT is the account&apos;s id or name (quote a name with spaces) among the accounts selected on the incident. STATUS is one of %1. The channel is phone (default) or slack; email is refused, as the playbook reaches key accounts by phone or Slack. --note keeps what the customer observed.</source>
        <translation>Erfasst ein call_attempt-Ereignis mit der Zeit. ACCOUNT ist die ID oder der Name des Kontos (Namen mit Leerzeichen in Anführungszeichen) unter den für den Vorfall ausgewählten Konten. STATUS ist einer von %1. Der Kanal ist phone (Standard) oder slack; email wird abgelehnt, da laut Playbook Key Accounts per Telefon oder Slack erreicht werden. --note hält fest, was der Kunde beobachtet hat.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="68"/>
        <source>How the customer was contacted: phone (default) or slack.</source>
        <translation>Wie der Kunde kontaktiert wurde: phone (Standard) oder slack.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="70"/>
        <source>What the customer observed, in your words.</source>
        <translation>Was der Kunde beobachtet hat, in Ihren Worten.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/declare.cpp" line="56"/>
        <source>Declare a new incident and print its id.</source>
        <translation>Einen neuen Vorfall ausrufen und seine ID ausgeben.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/declare.cpp" line="58"/>
        <source>Declares an incident in status &quot;investigating&quot; and prints its id alone on standard output. The detected-at time defaults to now.
Severities:</source>
        <translation>Ruft einen Vorfall im Status &quot;investigating&quot; aus und gibt nur seine ID auf der Standardausgabe aus. Der Erkennungszeitpunkt ist standardmäßig jetzt.
Schweregrade:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/declare.cpp" line="65"/>
        <source>A trigger condition observed, by id (repeat for several): %1. Stored with the incident.</source>
        <translation>Eine beobachtete Auslösebedingung, als ID (für mehrere wiederholen): %1. Wird mit dem Vorfall gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/done.cpp" line="31"/>
        <source>Tick a playbook obligation done.</source>
        <translation>Eine Playbook-Pflicht als erledigt abhaken.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/done.cpp" line="32"/>
        <source>Records the obligation (an id from &apos;warroomctl show ID&apos;, e.g. open-channel) as done, with an optional note. Refused when the obligation does not apply to the incident, is already done or waived, or is mandatory (IC engagement above the thresholds is done by assigning an incident commander). Ticking a recurring obligation (channel-sync) counts as posting it.</source>
        <translation>Erfasst die Pflicht (eine ID aus &apos;warroomctl show ID&apos;, z. B. open-channel) als erledigt, mit optionaler Notiz. Wird abgelehnt, wenn die Pflicht nicht für den Vorfall gilt, bereits erledigt oder erlassen ist oder verpflichtend ist (die IC-Einbindung oberhalb der Schwellen wird durch Zuweisen eines Incident Commanders erledigt). Das Abhaken einer wiederkehrenden Pflicht (channel-sync) zählt als Posten.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/done.cpp" line="39"/>
        <source>What was done, for the timeline.</source>
        <translation>Was getan wurde, für die Zeitleiste.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="31"/>
        <source>--channel &quot;%1&quot; is not a channel; use one of: %2.</source>
        <translation>--channel &quot;%1&quot; ist kein Kanal; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="50"/>
        <source>The built-in templates are listed in docs/templates.md.</source>
        <translation>Die integrierten Vorlagen sind in docs/templates.md aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="69"/>
        <source>Start a draft external message for an incident and print its INCIDENT/NUMBER.</source>
        <translation>Einen Entwurf einer externen Nachricht für einen Vorfall beginnen und seine Adresse INCIDENT/NUMBER ausgeben.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="70"/>
        <source>Creates a draft from a template (e.g. progress-update, resolved, overcharge-refund; docs/templates.md) for the incident, on the template&apos;s channel unless --channel says otherwise. --title and --body-file (UTF-8, &apos;-&apos; for standard input) give the text of the first version instead of the template&apos;s; placeholders such as {{task_type}} are filled from the incident. Prints the draft&apos;s name for the other commands alone: INCIDENT/NUMBER, e.g. 3/2 for the incident&apos;s second draft (&quot;Draft #2&quot; on the board). The draft then goes through the sign-off gate: see &apos;warroomctl gate --help&apos;.</source>
        <translation>Erstellt einen Entwurf aus einer Vorlage (z. B. progress-update, resolved, overcharge-refund; docs/templates.md) für den Vorfall, auf dem Kanal der Vorlage, sofern --channel nichts anderes angibt. --title und --body-file (UTF-8, &apos;-&apos; für die Standardeingabe) geben den Text der ersten Version statt des Vorlagentextes an; Platzhalter wie {{task_type}} werden aus dem Vorfall gefüllt. Gibt nur den Namen des Entwurfs für die anderen Befehle aus: INCIDENT/NUMBER, z. B. 3/2 für den zweiten Entwurf des Vorfalls („Entwurf #2“ auf dem Board). Der Entwurf durchläuft dann die Freigabeprüfung: siehe &apos;warroomctl gate --help&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="79"/>
        <source>The template key.</source>
        <translation>Der Vorlagenschlüssel.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="80"/>
        <source>status-page, email, in-app or key-account (default: the template&apos;s).</source>
        <translation>status-page, email, in-app oder key-account (Standard: der der Vorlage).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="82"/>
        <source>Who it is for, e.g. a key account&apos;s name.</source>
        <translation>Für wen er ist, z. B. der Name eines Key Accounts.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="83"/>
        <source>The title (email subject, status page title).</source>
        <translation>Der Titel (E-Mail-Betreff, Titel auf der Statusseite).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="84"/>
        <source>A file with the message text; &apos;-&apos; reads standard input.</source>
        <translation>Eine Datei mit dem Nachrichtentext; &apos;-&apos; liest die Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/edit.cpp" line="15"/>
        <source>edit needs at least one field option such as --title or --severity; see &apos;warroomctl edit --help&apos;.</source>
        <translation>edit braucht mindestens eine Feldoption wie --title oder --severity; siehe &apos;warroomctl edit --help&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/edit.cpp" line="50"/>
        <source>Change fields of an incident.</source>
        <translation>Felder eines Vorfalls ändern.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/edit.cpp" line="51"/>
        <source>Changes the given fields and records them as one &quot;fields_changed&quot; timeline event with the old and new values. Values equal to the current ones change nothing and record nothing.</source>
        <translation>Ändert die angegebenen Felder und erfasst sie als ein &quot;fields_changed&quot;-Ereignis in der Zeitleiste mit alten und neuen Werten. Werte, die den aktuellen gleichen, ändern und erfassen nichts.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="49"/>
        <source>&quot;%1&quot; is not a gate step; use one of: %2.</source>
        <translation>„%1“ ist kein Schritt der Freigabeprüfung; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="98"/>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="101"/>
        <source>queued #%1: %2</source>
        <translation>eingereiht #%1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="102"/>
        <source>queued #%1: %2 (not configured here: another process sends it, or post it by hand)</source>
        <translation>eingereiht #%1: %2 (hier nicht konfiguriert: ein anderer Prozess sendet es, oder posten Sie es von Hand)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="108"/>
        <source>Nothing has been sent yet: &apos;warroomctl outbox run&apos; sends what this process is configured for; &apos;warroomctl outbox&apos; shows the delivery states.</source>
        <translation>Noch wurde nichts gesendet: &apos;warroomctl outbox run&apos; sendet, wofür dieser Prozess konfiguriert ist; &apos;warroomctl outbox&apos; zeigt die Zustellungszustände.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="130"/>
        <source>Take a draft through the sign-off gate (submit, sign-off, approve, publish).</source>
        <translation>Einen Entwurf durch die Freigabeprüfung führen (submit, sign-off, approve, publish).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="132"/>
        <source>Runs one step of the sign-off gate on a draft, as --author: %1. The draft is named by its incident and its number there, as the board shows it: 3/2 is draft #2 of incident 3 (&apos;warroomctl show 3&apos; lists them). Legal signs off (data-leak and output-error-loss incidents, and drafts marked as needing it), the assigned incident commander approves, the IC or product owner publishes; each step is checked against the roles on the incident&apos;s timeline and recorded there. --reason is required for request-changes and, for submit and approve, says why lint errors may stay (logged, shown to legal). publish prints the publication id, then one line per outbox row it queued (nothing is sent yet: see &apos;warroomctl outbox&apos;). docs/templates.md describes the gate.</source>
        <translation>Führt einen Schritt der Freigabeprüfung für einen Entwurf aus, als --author: %1. Der Entwurf wird über seinen Vorfall und seine Nummer darin benannt, wie das Board ihn zeigt: 3/2 ist Entwurf #2 von Vorfall 3 (&apos;warroomctl show 3&apos; listet die Entwürfe auf). Die Rechtsabteilung gibt frei (bei Vorfällen mit Datenleck oder Kundenschaden durch Ausgabefehler sowie bei als prüfpflichtig markierten Entwürfen), der zugewiesene Incident Commander genehmigt, IC oder Product Owner veröffentlichen; jeder Schritt wird gegen die Rollen in der Zeitleiste des Vorfalls geprüft und dort erfasst. --reason ist für request-changes erforderlich und gibt bei submit und approve an, warum Lint-Fehler bleiben dürfen (wird protokolliert und der Rechtsabteilung gezeigt). publish gibt die Veröffentlichungs-ID aus, dann eine Zeile pro eingereihter Postausgangszeile (noch wird nichts gesendet: siehe &apos;warroomctl outbox&apos;). docs/templates.md beschreibt die Freigabeprüfung.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="145"/>
        <source>Why changes are requested, or why lint errors may stay.</source>
        <translation>Warum Änderungen angefordert werden oder warum Lint-Fehler bleiben dürfen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="60"/>
        <source>--category &quot;%1&quot; is not a category; the categories are: %2.</source>
        <translation>--category „%1“ ist keine Kategorie; die Kategorien sind: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="67"/>
        <source>--kind &quot;%1&quot; is not an announcement kind; the kinds are: %2.</source>
        <translation>--kind „%1“ ist keine Mitteilungsart; die Arten sind: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="105"/>
        <source>Check an announcement text against the playbook&apos;s rules.</source>
        <translation>Einen Mitteilungstext gegen die Regeln des Playbooks prüfen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="106"/>
        <source>Checks the text in FILE (UTF-8; &apos;-&apos; reads standard input) with War Room&apos;s announcement lint: absolute promises, defending decisions, blaming the upstream provider, &quot;status normal&quot; during a behaviour anomaly, refunds without a timeline, back-billing, customer loss without ownership, progress updates without the next update time, and placeholders left in the text. Prints one JSON object per finding (rule, severity, start and end as character offsets, line, column, text, message, suggestion) and exits 1 when any finding is an error, 0 otherwise; an unreadable or non-UTF-8 file exits 2. The rules are in docs/lint-rules.md. Reads no database.</source>
        <translation>Prüft den Text in FILE (UTF-8; &apos;-&apos; liest die Standardeingabe) mit dem Mitteilungs-Lint von War Room: absolute Versprechen, Rechtfertigen von Entscheidungen, Schuldzuweisung an den Upstream-Anbieter, „Status normal“ während einer Verhaltensanomalie, Rückerstattungen ohne Zeitplan, Nachberechnung, Kundenschaden ohne Verantwortungsübernahme, Zwischenstände ohne Zeitpunkt des nächsten Updates sowie im Text verbliebene Platzhalter. Gibt pro Befund ein JSON-Objekt aus (rule, severity, start und end als Zeichen-Offsets, line, column, text, message, suggestion) und endet mit 1, wenn ein Befund ein Fehler ist, sonst mit 0; eine nicht lesbare oder Nicht-UTF-8-Datei endet mit 2. Die Regeln stehen in docs/lint-rules.md. Liest keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="122"/>
        <source>The incident category the text is for: %1.</source>
        <translation>Die Vorfallkategorie, für die der Text ist: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="124"/>
        <source>The kind of announcement: %1.</source>
        <translation>Die Art der Mitteilung: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="20"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="21"/>
        <source>SEV</source>
        <translation>SEV</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="22"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="23"/>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="24"/>
        <source>DETECTED</source>
        <translation>ERKANNT</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="25"/>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="53"/>
        <source>No active incidents.</source>
        <translation>Keine aktiven Vorfälle.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="54"/>
        <source>No incidents.</source>
        <translation>Keine Vorfälle.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="79"/>
        <source>List incidents, oldest first.</source>
        <translation>Vorfälle auflisten, älteste zuerst.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="80"/>
        <source>Lists incidents by id, oldest first, as a table or, with --json, as a JSON array of incidents (each as in &apos;show --json&apos;, without the timeline).</source>
        <translation>Listet Vorfälle nach ID auf, älteste zuerst, als Tabelle oder mit --json als JSON-Array von Vorfällen (jeder wie in &apos;show --json&apos;, ohne Zeitleiste).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="84"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="85"/>
        <source>Only incidents not yet restored or closed.</source>
        <translation>Nur Vorfälle, die noch nicht wiederhergestellt oder geschlossen sind.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/note.cpp" line="28"/>
        <source>Add a note to an incident&apos;s timeline.</source>
        <translation>Eine Notiz zur Zeitleiste eines Vorfalls hinzufügen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/note.cpp" line="29"/>
        <source>Appends a free-text note to the timeline (&quot;no new progress&quot; counts). The words after the id form the text; put &apos;--&apos; before text that starts with a dash.</source>
        <translation>Hängt eine Freitextnotiz an die Zeitleiste an (auch &quot;no new progress&quot; zählt). Die Wörter nach der ID bilden den Text; setzen Sie &apos;--&apos; vor Text, der mit einem Bindestrich beginnt.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="14"/>
        <source>people knows one action, import: warroomctl people import FILE.csv</source>
        <translation>people kennt eine Aktion, import: warroomctl people import FILE.csv</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="23"/>
        <source>%1: %2 added, %3 updated.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="38"/>
        <source>Import the people directory from CSV.</source>
        <translation>Das Personenverzeichnis aus CSV importieren.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="39"/>
        <source>Adds the people of the file and updates those already in the directory (matched by name). Columns: name, phone, slack, email, roles (docs/csv-formats.md). The whole file is checked first; on any problem nothing is imported and every problem is listed with its line.</source>
        <translation>Fügt die Personen der Datei hinzu und aktualisiert die bereits im Verzeichnis vorhandenen (über den Namen zugeordnet). Spalten: name, phone, slack, email, roles (docs/csv-formats.md). Zuerst wird die ganze Datei geprüft; bei einem Problem wird nichts importiert und jedes Problem mit seiner Zeile aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="24"/>
        <source>Incident %1: %2</source>
        <translation>Vorfall %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="25"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="27"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="28"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="32"/>
        <source>Affected task type:</source>
        <translation>Betroffener Aufgabentyp:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="33"/>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="35"/>
        <source>Users affected:</source>
        <translation>Betroffene Nutzer:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="38"/>
        <source>Enterprise customers affected:</source>
        <translation>Betroffene Unternehmenskunden:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="40"/>
        <source>Detected at:</source>
        <translation>Erkannt um:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="41"/>
        <source>Declared:</source>
        <translation>Ausgerufen:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="42"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="45"/>
        <source>Last updated:</source>
        <translation>Zuletzt aktualisiert:</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="48"/>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="180"/>
        <source>Show one incident with its timeline and playbook obligations.</source>
        <translation>Einen Vorfall mit Zeitleiste und Playbook-Pflichten anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="181"/>
        <source>Shows every field of the incident, its status history, its timeline, the trigger conditions ticked at declaration and every playbook obligation with its due time and state now. With --json the same as one JSON object (the shape is in docs/cli.md).</source>
        <translation>Zeigt jedes Feld des Vorfalls, seinen Statusverlauf, seine Zeitleiste, die beim Ausrufen angekreuzten Auslösebedingungen und jede Playbook-Pflicht mit aktueller Fälligkeit und aktuellem Zustand. Mit --json dasselbe als ein JSON-Objekt (die Struktur steht in docs/cli.md).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="185"/>
        <source>Print a JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/status.cpp" line="25"/>
        <source>From %1 it can move to: %2.</source>
        <translation>Von %1 kann er wechseln zu: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/status.cpp" line="53"/>
        <source>Move an incident to another status.</source>
        <translation>Einen Vorfall in einen anderen Status versetzen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/status.cpp" line="55"/>
        <source>Changes the status along the lifecycle %1. Forward moves may skip steps; only a restored incident can be closed; a relapse goes back to investigating; a closed incident stays closed.</source>
        <translation>Ändert den Status entlang des Lebenszyklus %1. Vorwärtswechsel dürfen Schritte überspringen; nur ein wiederhergestellter Vorfall kann geschlossen werden; ein Rückfall geht zurück zu investigating; ein geschlossener Vorfall bleibt geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="33"/>
        <source>sync %1 recorded and queued for Slack: &apos;warroomctl outbox run&apos; sends it, &apos;warroomctl outbox&apos; shows its state.</source>
        <translation>Fortschrittsmeldung %1 erfasst und für Slack eingereiht: &apos;warroomctl outbox run&apos; sendet sie, &apos;warroomctl outbox&apos; zeigt ihren Zustand.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="38"/>
        <source>sync %1 recorded here only: Slack is not set up for this process (set WARROOM_SLACK_WEBHOOK_URL to post syncs to the incident channel).</source>
        <translation>Fortschrittsmeldung %1 nur hier erfasst: Slack ist für diesen Prozess nicht eingerichtet (setzen Sie WARROOM_SLACK_WEBHOOK_URL, um Fortschrittsmeldungen im Vorfallkanal zu posten).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="53"/>
        <source>Post a progress sync to the incident channel.</source>
        <translation>Eine Fortschrittsmeldung im Vorfallkanal posten.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="54"/>
        <source>Records a sync_posted event, which resets the 15-minute channel-sync countdown. &quot;no new progress&quot; counts. When Slack is set up (WARROOM_SLACK_WEBHOOK_URL), the sync is queued for the incident channel in the same transaction and &apos;warroomctl outbox run&apos; posts it; otherwise it is recorded here only, and says so. Prints the sync&apos;s event id and where it went. The words after the id form the text; put &apos;--&apos; before text that starts with a dash.</source>
        <translation>Erfasst ein sync_posted-Ereignis, das den 15-Minuten-Countdown von channel-sync zurücksetzt. Auch &quot;no new progress&quot; zählt. Ist Slack eingerichtet (WARROOM_SLACK_WEBHOOK_URL), wird die Meldung in derselben Transaktion für den Vorfallkanal eingereiht und &apos;warroomctl outbox run&apos; postet sie; andernfalls wird sie nur hier erfasst, und das wird angezeigt. Gibt die Ereignis-ID der Meldung aus und wohin sie ging. Die Wörter nach der ID bilden den Text; setzen Sie &apos;--&apos; vor Text, der mit einem Bindestrich beginnt.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/unassign.cpp" line="20"/>
        <source>Take a role on an incident away from a person.</source>
        <translation>Einer Person eine Rolle in einem Vorfall entziehen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/unassign.cpp" line="21"/>
        <source>Records a role_unassigned event; the person must hold the role.</source>
        <translation>Erfasst ein role_unassigned-Ereignis; die Person muss die Rolle innehaben.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/waive.cpp" line="30"/>
        <source>Waive a playbook obligation, with the reason.</source>
        <translation>Eine Playbook-Pflicht mit Begründung erlassen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/waive.cpp" line="31"/>
        <source>Records that the obligation is deliberately not done, and why (deciding against the external announcement, say). Same refusals as &apos;done&apos;; a waived recurring obligation stops.</source>
        <translation>Erfasst, dass die Pflicht bewusst nicht erledigt wird, und warum (etwa die Entscheidung gegen die externe Mitteilung). Dieselben Ablehnungen wie bei &apos;done&apos;; eine erlassene wiederkehrende Pflicht endet.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/waive.cpp" line="36"/>
        <source>Why it is not being done (required).</source>
        <translation>Warum sie nicht erledigt wird (erforderlich).</translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="19"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="48"/>
        <source>, needs legal</source>
        <translation>, rechtliche Prüfung nötig</translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="63"/>
        <source>Publications</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="86"/>
        <source>%1  draft #%2 v%3 %4 by %5: %6 (sha256 %7)</source>
        <translation>%1  Entwurf #%2 v%3 %4 von %5: %6 (sha256 %7)</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="27"/>
        <source>Short title of what is happening.</source>
        <translation>Kurzer Titel dessen, was passiert.</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="30"/>
        <source>Category from the playbook: %1.</source>
        <translation>Kategorie aus dem Playbook: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="32"/>
        <source>SEV1 (worst), SEV2 or SEV3.</source>
        <translation>SEV1 (am schwersten), SEV2 oder SEV3.</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="33"/>
        <source>The affected task type, e.g. &quot;email drafting&quot;.</source>
        <translation>Der betroffene Aufgabentyp, z. B. &quot;email drafting&quot;.</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="36"/>
        <source>Share of users affected, 0 to 100 (a plain number).</source>
        <translation>Anteil betroffener Nutzer, 0 bis 100 (eine einfache Zahl).</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="37"/>
        <source>Number of enterprise customers affected.</source>
        <translation>Zahl betroffener Unternehmenskunden.</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="39"/>
        <source>When it was detected, ISO-8601 with Z or an offset.</source>
        <translation>Wann er erkannt wurde, ISO-8601 mit Z oder einem Offset.</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="35"/>
        <source>Exit codes: 0 success; 1 refused or failed (bad value, unknown incident, database problem); 2 usage error (unknown command or option, missing option or argument). On any error, standard output stays empty and standard error has exactly one line.
</source>
        <translation>Exit-Codes: 0 Erfolg; 1 abgelehnt oder fehlgeschlagen (falscher Wert, unbekannter Vorfall, Datenbankproblem); 2 Bedienungsfehler (unbekannter Befehl oder unbekannte Option, fehlende Option oder fehlendes Argument). Bei jedem Fehler bleibt die Standardausgabe leer, und die Standardfehlerausgabe hat genau eine Zeile.
</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="47"/>
        <source>Usage: warroomctl [global options] COMMAND [options] [arguments]

Command-line access to the War Room incident database, for on-call engineers and scripts.

Commands:
</source>
        <translation>Aufruf: warroomctl [globale Optionen] COMMAND [Optionen] [Argumente]

Kommandozeilenzugriff auf die War-Room-Vorfalldatenbank, für Bereitschaftsingenieure und Skripte.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="55"/>
        <source>Global options (anywhere on the line):</source>
        <translation>Globale Optionen (überall in der Zeile):</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="58"/>
        <source>Run &apos;warroomctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Führen Sie &apos;warroomctl COMMAND --help&apos; aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="64"/>
        <source>Usage: warroomctl %1 %2

</source>
        <translation>Aufruf: warroomctl %1 %2

</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="67"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="69"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="16"/>
        <source>&quot;%1&quot; is not a role; use one of: %2.</source>
        <translation>„%1“ ist keine Rolle; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="25"/>
        <source>&quot;%1&quot; is not a call status; use one of: %2.</source>
        <translation>„%1“ ist kein Anrufstatus; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="43"/>
        <source>No key accounts are selected on incident %1; run &apos;warroomctl accounts select %1&apos; first.</source>
        <translation>Für Vorfall %1 sind keine Key Accounts ausgewählt; führen Sie zuerst &apos;warroomctl accounts select %1&apos; aus.</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="48"/>
        <source>&quot;%1&quot; is not among the accounts selected on incident %2: %3.</source>
        <translation>„%1“ ist nicht unter den für Vorfall %2 ausgewählten Konten: %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="16"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="40"/>
        <source>%1 (not acknowledged)</source>
        <translation>%1 (nicht bestätigt)</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="42"/>
        <source>%1 (acknowledged %2)</source>
        <translation>%1 (bestätigt %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="50"/>
        <source>UNFILLED — needed: %1</source>
        <translation>UNBESETZT — nötig: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="65"/>
        <source>Key-account outreach</source>
        <translation>Kontaktaufnahme mit Key Accounts</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="91"/>
        <source>CSM %1</source>
        <translation>CSM %1</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="49"/>
        <source>The SQLite database file, created if missing (default: warroom.sqlite in %1).</source>
        <translation>Die SQLite-Datenbankdatei, wird angelegt, falls sie fehlt (Standard: warroom.sqlite in %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="54"/>
        <source>Who is making the change (default: $WARROOM_AUTHOR, else $USER, else $USERNAME).</source>
        <translation>Wer die Änderung vornimmt (Standard: $WARROOM_AUTHOR, sonst $USER, sonst $USERNAME).</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="58"/>
        <source>How long to wait for another writer&apos;s lock before giving up (default 5000).</source>
        <translation>Wie lange auf die Sperre eines anderen Schreibers gewartet wird, bevor aufgegeben wird (Standard 5000).</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="62"/>
        <source>Apply this playbook file instead of the built-in one (docs/playbook-format.md).</source>
        <translation>Diese Playbook-Datei statt des integrierten Playbooks anwenden (docs/playbook-format.md).</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="68"/>
        <source>The language of messages and help (one of: %1; default: $WARROOM_LANG, else the system&apos;s).</source>
        <translation>Die Sprache der Meldungen und der Hilfe (eine von: %1; Standard: $WARROOM_LANG, sonst die des Systems).</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="74"/>
        <source>Show help (for the command, if one is given) and exit.</source>
        <translation>Hilfe anzeigen (für den Befehl, falls einer angegeben ist) und beenden.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="75"/>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="118"/>
        <source>see &apos;warroomctl %1 --help&apos;.</source>
        <translation>siehe &apos;warroomctl %1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="124"/>
        <source>--%1 is given more than once; give it once.</source>
        <translation>--%1 ist mehrfach angegeben; geben Sie es einmal an.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="128"/>
        <source>%1 needs --%2; %3</source>
        <translation>%1 braucht --%2; %3</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="137"/>
        <source>%1 needs the argument %2; %3</source>
        <translation>%1 braucht das Argument %2; %3</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="141"/>
        <source>%1 takes %2 argument(s) but got %3 (unexpected &quot;%4&quot;); quote text that contains spaces, %5</source>
        <translation>%1 nimmt %2 Argument(e), erhielt aber %3 (unerwartet: „%4“); setzen Sie Text mit Leerzeichen in Anführungszeichen, %5</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="177"/>
        <source>--%1 &quot;%2&quot; is out of range; give 0 to %3 milliseconds.</source>
        <translation>--%1 „%2“ liegt außerhalb des Bereichs; geben Sie 0 bis %3 Millisekunden an.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="194"/>
        <source>%1 works on a PostgreSQL server; give --server URL (or set WARROOM_SERVER).</source>
        <translation>%1 arbeitet mit einem PostgreSQL-Server; geben Sie --server URL an (oder setzen Sie WARROOM_SERVER).</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="205"/>
        <source>--author is empty; give the name the timeline should record.</source>
        <translation>--author ist leer; geben Sie den Namen an, den die Zeitleiste erfassen soll.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="211"/>
        <source>%1 records who made the change, but no author is known; pass --author NAME or set WARROOM_AUTHOR.</source>
        <translation>%1 erfasst, wer die Änderung vorgenommen hat, aber kein Autor ist bekannt; übergeben Sie --author NAME oder setzen Sie WARROOM_AUTHOR.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="219"/>
        <source>The author (--author, else $WARROOM_AUTHOR, $USER or $USERNAME) is refused: %1</source>
        <translation>Der Autor (--author, sonst $WARROOM_AUTHOR, $USER oder $USERNAME) wird abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="309"/>
        <source>the value of %1</source>
        <translation>der Wert von %1</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="310"/>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="320"/>
        <source>%1 contains the control character 0x%2 at byte offset %3; remove it.</source>
        <translation>%1 enthält an Byte-Position %3 das Steuerzeichen 0x%2; entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="346"/>
        <source>%1 is not valid UTF-8: invalid byte 0x%2 at byte offset %3; set a UTF-8 locale or retype it.</source>
        <translation>%1 ist kein gültiges UTF-8: ungültiges Byte 0x%2 an Byte-Position %3; setzen Sie eine UTF-8-Locale oder geben Sie es neu ein.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="375"/>
        <source>&quot;%1&quot; is not a warroomctl command; the commands are: %2.</source>
        <translation>„%1“ ist kein warroomctl-Befehl; die Befehle sind: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="390"/>
        <source>Put &apos;--&apos; before arguments that start with a dash.</source>
        <translation>Setzen Sie &apos;--&apos; vor Argumente, die mit einem Bindestrich beginnen.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="392"/>
        <source>%1%2 See &apos;%3&apos;.</source>
        <translation>%1%2 Siehe &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="409"/>
        <source>No command given; the commands are: %1. See &apos;warroomctl --help&apos;.</source>
        <translation>Kein Befehl angegeben; die Befehle sind: %1. Siehe &apos;warroomctl --help&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="418"/>
        <source>Put the options of %1 after the command name: warroomctl %1 %2</source>
        <translation>Setzen Sie die Optionen von %1 hinter den Befehlsnamen: warroomctl %1 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="30"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="65"/>
        <source>Trigger conditions</source>
        <translation>Auslösebedingungen</translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="87"/>
        <source>(none ticked)</source>
        <translation>(keine angekreuzt)</translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="100"/>
        <source>Playbook obligations</source>
        <translation>Playbook-Pflichten</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="36"/>
        <source>Incident id &quot;%1&quot; is not a positive whole number; run &apos;warroomctl list&apos; to see the ids.</source>
        <translation>Vorfall-ID „%1“ ist keine positive ganze Zahl; führen Sie &apos;warroomctl list&apos; aus, um die IDs zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="48"/>
        <source>--%1 &quot;%2&quot; is not a number; write a plain decimal number such as 12.5 (no %-sign, no units).</source>
        <translation>--%1 „%2“ ist keine Zahl; schreiben Sie eine einfache Dezimalzahl wie 12.5 (ohne %-Zeichen, ohne Einheiten).</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="61"/>
        <source>--%1 &quot;%2&quot; is not a whole number; write it like 3.</source>
        <translation>--%1 „%2“ ist keine ganze Zahl; schreiben Sie sie etwa als 3.</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="70"/>
        <source>--%1 &quot;%2&quot; is not an ISO-8601 time with a zone; write it like 2026-11-29T03:15:00Z or 2026-11-29T04:15:00+01:00.</source>
        <translation>--%1 „%2“ ist keine ISO-8601-Zeit mit Zeitzone; schreiben Sie sie etwa als 2026-11-29T03:15:00Z oder 2026-11-29T04:15:00+01:00.</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="81"/>
        <source>--%1 &quot;%2&quot; is not a known category; use one of: %3.</source>
        <translation>--%1 „%2“ ist keine bekannte Kategorie; verwenden Sie eine von: %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="91"/>
        <source>--%1 &quot;%2&quot; is not a known severity; use SEV1, SEV2 or SEV3 (SEV1 is the worst; see &apos;warroomctl declare --help&apos;).</source>
        <translation>--%1 „%2“ ist kein bekannter Schweregrad; verwenden Sie SEV1, SEV2 oder SEV3 (SEV1 ist der schwerste; siehe &apos;warroomctl declare --help&apos;).</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="102"/>
        <source>&quot;%1&quot; is not a known status; use one of: %2.</source>
        <translation>„%1“ ist kein bekannter Status; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="31"/>
        <source>ok: %1 passed %2.</source>
        <translation>ok: %1 hat %2 bestanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/commands/check.cpp" line="36"/>
        <source>%1 is damaged: %2 found %n problem(s), listed on standard output. Restore the file from a backup; to save what is still readable into a new file, use &apos;sqlite3 %1 .recover&apos;.</source>
        <translation>
            <numerusform>%1 ist beschädigt: %2 hat %n Problem gefunden, aufgeführt auf der Standardausgabe. Stellen Sie die Datei aus einer Sicherung wieder her; um das noch Lesbare in eine neue Datei zu retten, verwenden Sie &apos;sqlite3 %1 .recover&apos;.</numerusform>
            <numerusform>%1 ist beschädigt: %2 hat %n Probleme gefunden, aufgeführt auf der Standardausgabe. Stellen Sie die Datei aus einer Sicherung wieder her; um das noch Lesbare in eine neue Datei zu retten, verwenden Sie &apos;sqlite3 %1 .recover&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="51"/>
        <source>Check the database file for damage.</source>
        <translation>Die Datenbankdatei auf Beschädigungen prüfen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="52"/>
        <source>Reads every page of the database (--db) with SQLite&apos;s PRAGMA quick_check, or with --full PRAGMA integrity_check, which also compares every index with its table (slower on a large file). Opening a database only checks its header and schema, so this is the way to look for damage in the rest of the file. Prints &quot;ok: FILE passed ...&quot; and exits 0 when the file is sound; otherwise prints each problem SQLite found on standard output and exits 1. Never creates, upgrades or repairs the file (a read-only file is checked too); like every open, it lets SQLite roll back what a crashed writer left unfinished.</source>
        <translation>Liest jede Seite der Datenbank (--db) mit SQLites PRAGMA quick_check, oder mit --full mit PRAGMA integrity_check, das zusätzlich jeden Index mit seiner Tabelle vergleicht (langsamer bei großen Dateien). Beim Öffnen einer Datenbank werden nur Kopf und Schema geprüft; dies ist also der Weg, im Rest der Datei nach Beschädigungen zu suchen. Gibt &quot;ok: FILE hat ... bestanden&quot; aus und endet mit 0, wenn die Datei intakt ist; andernfalls gibt es jedes von SQLite gefundene Problem auf der Standardausgabe aus und endet mit 1. Legt die Datei nie an, aktualisiert oder repariert sie nie (auch eine schreibgeschützte Datei wird geprüft); wie jedes Öffnen lässt es SQLite zurückrollen, was ein abgestürzter Schreiber unvollendet hinterlassen hat.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="61"/>
        <source>Run PRAGMA integrity_check (also checks indexes) instead of PRAGMA quick_check.</source>
        <translation>PRAGMA integrity_check (prüft auch Indizes) statt PRAGMA quick_check ausführen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="63"/>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="65"/>
        <source>sending (attempt %1)</source>
        <translation>wird gesendet (Versuch %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="67"/>
        <source>sent at %1</source>
        <translation>gesendet um %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="68"/>
        <source>sent at %1 (remote id %2)</source>
        <translation>gesendet um %1 (Remote-ID %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="71"/>
        <source>retrying at %1 (attempt %2: %3)</source>
        <translation>neuer Versuch um %1 (Versuch %2: %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="76"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="78"/>
        <source>posted by hand by %1 at %2</source>
        <translation>von %1 um %2 von Hand gepostet</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="87"/>
        <source>#%1 incident %2 sync %3 %4: %5</source>
        <translation>#%1 Vorfall %2 Fortschrittsmeldung %3 %4: %5</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="92"/>
        <source>#%1 incident %2 publication %3 (draft #%4) %5: %6</source>
        <translation>#%1 Vorfall %2 Veröffentlichung %3 (Entwurf #%4) %5: %6</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="136"/>
        <source>Outbox row &quot;%1&quot; is not a positive whole number; &apos;warroomctl outbox&apos; lists the rows.</source>
        <translation>Postausgangszeile „%1“ ist keine positive ganze Zahl; &apos;warroomctl outbox&apos; listet die Zeilen auf.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="164"/>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="178"/>
        <source>Outbox row %1 is queued again; &apos;warroomctl outbox run&apos; sends it.</source>
        <translation>Postausgangszeile %1 ist erneut eingereiht; &apos;warroomctl outbox run&apos; sendet sie.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="190"/>
        <source>Outbox row %1 recorded as posted by hand by %2.</source>
        <translation>Postausgangszeile %1 als von %2 von Hand gepostet erfasst.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="205"/>
        <source>--timeout &quot;%1&quot; is out of range; give 1 to %2 seconds.</source>
        <translation>--timeout „%1“ liegt außerhalb des Bereichs; geben Sie 1 bis %2 Sekunden an.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="269"/>
        <source>; &apos;warroomctl outbox retry %1&apos; sends it again, or post it by hand and record it with &apos;warroomctl outbox posted-by-hand %1&apos;</source>
        <translation>; &apos;warroomctl outbox retry %1&apos; sendet sie erneut, oder posten Sie sie von Hand und erfassen Sie das mit &apos;warroomctl outbox posted-by-hand %1&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="273"/>
        <source>; not configured here: set %1, or post it by hand and record it with &apos;warroomctl outbox posted-by-hand %2&apos;</source>
        <translation>; hier nicht konfiguriert: Setzen Sie %1, oder posten Sie sie von Hand und erfassen Sie das mit &apos;warroomctl outbox posted-by-hand %2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="280"/>
        <source>Nothing left to send (%1 attempt(s) in this run).</source>
        <translation>Nichts mehr zu senden (%1 Versuch(e) in diesem Lauf).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="284"/>
        <source>%1 outbox row(s) not delivered when the %2 s timeout ran out (listed on standard output).</source>
        <translation>%1 Postausgangszeile(n) nicht zugestellt, als das Zeitlimit von %2 s ablief (aufgeführt auf der Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="288"/>
        <source>%1 outbox row(s) not delivered (listed on standard output).</source>
        <translation>%1 Postausgangszeile(n) nicht zugestellt (aufgeführt auf der Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="297"/>
        <source>Give the action first.</source>
        <translation>Geben Sie zuerst die Aktion an.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="300"/>
        <source>--until-empty is an option of &apos;outbox run&apos;.</source>
        <translation>--until-empty ist eine Option von &apos;outbox run&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="303"/>
        <source>outbox run takes no argument.</source>
        <translation>outbox run nimmt kein Argument.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="308"/>
        <source>outbox %1 takes one outbox row id.</source>
        <translation>outbox %1 nimmt eine Postausgangszeilen-ID.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="313"/>
        <source>&quot;%1&quot; is not an outbox action; use run, retry ID or posted-by-hand ID, or none to list the rows.</source>
        <translation>„%1“ ist keine outbox-Aktion; verwenden Sie run, retry ID oder posted-by-hand ID, oder keine, um die Zeilen aufzulisten.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="326"/>
        <source>List, retry, record posts by hand, or send the outbox.</source>
        <translation>Postausgang auflisten, erneut versuchen, Veröffentlichungen von Hand erfassen oder senden.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="327"/>
        <source>Every publication queues one outbox row per destination and recipient, and a sync posted where Slack is set up queues one Slack row (docs/outbox.md). Without an action, lists the rows and their delivery state, each naming its publication or its sync (--incident: one incident&apos;s; --json: as JSON). &apos;retry ID&apos; queues a failed row again. &apos;posted-by-hand ID&apos; records, as --author, that you posted the row&apos;s text yourself. &apos;run&apos; sends the due rows through the destinations this process is configured for and exits 0 only when nothing is left queued, retrying or failed; otherwise it prints one line per row left and exits 1. --until-empty keeps going through retries until then; --timeout (default 300 s) bounds the run.</source>
        <translation>Jede Veröffentlichung reiht eine Postausgangszeile pro Ziel und Empfänger ein, und eine Fortschrittsmeldung, die dort gepostet wird, wo Slack eingerichtet ist, reiht eine Slack-Zeile ein (docs/outbox.md). Ohne Aktion werden die Zeilen und ihr Zustellungszustand aufgelistet, jede mit ihrer Veröffentlichung oder Fortschrittsmeldung (--incident: die eines Vorfalls; --json: als JSON). &apos;retry ID&apos; reiht eine fehlgeschlagene Zeile erneut ein. &apos;posted-by-hand ID&apos; erfasst als --author, dass Sie den Text der Zeile selbst gepostet haben. &apos;run&apos; sendet die fälligen Zeilen über die Ziele, für die dieser Prozess konfiguriert ist, und endet nur mit 0, wenn nichts mehr eingereiht, in Wiederholung oder fehlgeschlagen ist; andernfalls gibt es eine Zeile pro verbliebener Zeile aus und endet mit 1. --until-empty macht mit Wiederholungen weiter, bis es so weit ist; --timeout (Standard 300 s) begrenzt den Lauf.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="339"/>
        <source>List only this incident&apos;s rows.</source>
        <translation>Nur die Zeilen dieses Vorfalls auflisten.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="340"/>
        <source>Print a JSON array instead of a list.</source>
        <translation>Ein JSON-Array statt einer Liste ausgeben.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="341"/>
        <source>run: go on through retries until nothing is left to send.</source>
        <translation>run: Wiederholungen fortsetzen, bis nichts mehr zu senden ist.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="342"/>
        <source>run: stop after this many seconds (default 300).</source>
        <translation>run: nach so vielen Sekunden anhalten (Standard 300).</translation>
    </message>
    <message>
        <location filename="../src/cli/draftaddress.cpp" line="27"/>
        <source>&apos;warroomctl show %1&apos; lists its drafts.</source>
        <translation>&apos;warroomctl show %1&apos; listet seine Entwürfe auf.</translation>
    </message>
    <message>
        <location filename="../src/cli/draftaddress.cpp" line="36"/>
        <source>Draft &quot;%1&quot; is not INCIDENT/NUMBER: drafts are named by their incident and their number there, as the board shows them. The draft with database id %1 is draft #%2 of incident %3: type %4.</source>
        <translation>Entwurf „%1“ hat nicht die Form INCIDENT/NUMBER: Entwürfe werden über ihren Vorfall und ihre Nummer darin benannt, wie das Board sie zeigt. Der Entwurf mit der Datenbank-ID %1 ist Entwurf #%2 von Vorfall %3: Geben Sie %4 ein.</translation>
    </message>
    <message>
        <location filename="../src/cli/draftaddress.cpp" line="46"/>
        <source>Draft &quot;%1&quot; is not INCIDENT/NUMBER: name a draft by its incident and its number there, as the board shows it (&quot;Draft #2&quot; of incident 3 is 3/2); &apos;warroomctl show INCIDENT&apos; lists an incident&apos;s drafts.</source>
        <translation>Entwurf „%1“ hat nicht die Form INCIDENT/NUMBER: Benennen Sie einen Entwurf über seinen Vorfall und seine Nummer darin, wie das Board ihn zeigt („Entwurf #2“ von Vorfall 3 ist 3/2); &apos;warroomctl show INCIDENT&apos; listet die Entwürfe eines Vorfalls auf.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="23"/>
        <source>server init takes no login; see &apos;warroomctl server --help&apos;.</source>
        <translation>server init nimmt kein Login entgegen; siehe &apos;warroomctl server --help&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="30"/>
        <source>The war room in schema %1 is already set up (schema version %2); nothing changed.</source>
        <translation>Der War Room im Schema %1 ist bereits eingerichtet (Schemaversion %2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="37"/>
        <source>Set up the war room in schema %1 (schema version %2): the group roles %3, their grants and the rules the server enforces.</source>
        <translation>War Room im Schema %1 eingerichtet (Schemaversion %2): die Gruppenrollen %3, ihre Berechtigungen und die Regeln, die der Server durchsetzt.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="43"/>
        <source>Next, for each person: warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS [--admin]</source>
        <translation>Als Nächstes für jede Person: warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS [--admin]</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="53"/>
        <source>server add-person needs the login: warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS [--admin]</source>
        <translation>server add-person braucht das Login: warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS [--admin]</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="56"/>
        <source>server add-person needs --name &quot;FULL NAME&quot;: the name the people directory and the timeline show.</source>
        <translation>server add-person braucht --name &quot;FULL NAME&quot;: den Namen, den das Personenverzeichnis und die Zeitleiste anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="80"/>
        <source>The login %1 is already %2&apos;s, with these rights; nothing changed.</source>
        <translation>Das Login %1 gehört bereits %2, mit diesen Rechten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="85"/>
        <source>a member (%1) and an administrator (%2)</source>
        <translation>Mitglied (%1) und Administrator (%2)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="87"/>
        <source>a member (%1)</source>
        <translation>Mitglied (%1)</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="88"/>
        <source>Added %1 to the people directory; the login %2 is theirs and %3.</source>
        <translation>%1 zum Personenverzeichnis hinzugefügt; das Login %2 gehört dieser Person und ist %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="90"/>
        <source>The login %2 is now %1&apos;s and %3.</source>
        <translation>Das Login %2 gehört jetzt %1 und ist %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="93"/>
        <source>%1 can work now: warroomctl --server postgresql://%2@HOST/DATABASE --schema %3 ...</source>
        <translation>%1 kann jetzt arbeiten: warroomctl --server postgresql://%2@HOST/DATABASE --schema %3 ...</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="107"/>
        <source>server knows two actions, init and add-person; see &apos;warroomctl server --help&apos;.</source>
        <translation>server kennt zwei Aktionen, init und add-person; siehe &apos;warroomctl server --help&apos;.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="119"/>
        <source>Set up a war room on a PostgreSQL server and add the people who work in it.</source>
        <translation>Einen War Room auf einem PostgreSQL-Server einrichten und die Personen hinzufügen, die darin arbeiten.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="121"/>
        <source>Works on the server of --server (docs/shared-mode.md). &apos;init&apos;, run by the login that owns the schema and may create roles: creates or upgrades the schema, the group roles SCHEMA_member, _ic, _legal and _admin with the least rights they need, and the rules the server enforces; running it again changes nothing and says so. &apos;add-person LOGIN&apos;, run by an administrator: the login must exist (CREATE ROLE LOGIN ... PASSWORD ...); makes it a member (and, with --admin, an administrator, which only the schema&apos;s owner grants), adds the person to the people directory unless they are in it (with --email, --phone or --slack: one way to reach them), and maps the login to them: every change made under that login is recorded under their name.</source>
        <translation>Arbeitet auf dem Server von --server (docs/shared-mode.md). &apos;init&apos;, ausgeführt von dem Login, dem das Schema gehört und das Rollen anlegen darf: legt das Schema, die Gruppenrollen SCHEMA_member, _ic, _legal und _admin mit den geringsten nötigen Rechten und die Regeln, die der Server durchsetzt, an oder aktualisiert sie; ein erneuter Aufruf ändert nichts und meldet das. &apos;add-person LOGIN&apos;, ausgeführt von einem Administrator: Das Login muss existieren (CREATE ROLE LOGIN ... PASSWORD ...); macht es zum Mitglied (und mit --admin zum Administrator, was nur der Eigentümer des Schemas gewähren kann), fügt die Person dem Personenverzeichnis hinzu, sofern sie noch nicht darin steht (mit --email, --phone oder --slack: einem Weg, sie zu erreichen), und ordnet ihr das Login zu: Jede Änderung unter diesem Login wird unter ihrem Namen erfasst.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="132"/>
        <source>add-person: the person&apos;s name, as the directory and timeline show it.</source>
        <translation>add-person: der Name der Person, wie Verzeichnis und Zeitleiste ihn anzeigen.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="135"/>
        <source>add-person: the new person&apos;s email (the directory needs one way to reach them: --email, --phone or --slack).</source>
        <translation>add-person: die E-Mail-Adresse der neuen Person (das Verzeichnis braucht einen Weg, sie zu erreichen: --email, --phone oder --slack).</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="138"/>
        <source>add-person: the new person&apos;s phone.</source>
        <translation>add-person: die Telefonnummer der neuen Person.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="139"/>
        <source>add-person: the new person&apos;s Slack handle.</source>
        <translation>add-person: das Slack-Handle der neuen Person.</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="140"/>
        <source>add-person: make the login an administrator too (manages people and logins).</source>
        <translation>add-person: das Login zusätzlich zum Administrator machen (verwaltet Personen und Logins).</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="20"/>
        <source>Work on a shared war room on a PostgreSQL server instead of a file (default: $WARROOM_SERVER): postgresql://user@host[:port]/database[?sslmode=verify-full]. The password never goes in the address: libpq reads it from ~/.pgpass, $PGPASSWORD or a service file.</source>
        <translation>Mit einem gemeinsamen War Room auf einem PostgreSQL-Server statt mit einer Datei arbeiten (Standard: $WARROOM_SERVER): postgresql://user@host[:port]/database[?sslmode=verify-full]. Das Passwort gehört nie in die Adresse: libpq liest es aus ~/.pgpass, $PGPASSWORD oder einer Service-Datei.</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="26"/>
        <source>The schema of the war room on the server (default: $WARROOM_SCHEMA, else warroom).</source>
        <translation>Das Schema des War Rooms auf dem Server (Standard: $WARROOM_SCHEMA, sonst warroom).</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="36"/>
        <source>--db and --server name two different war rooms; give one of them.</source>
        <translation>--db und --server benennen zwei verschiedene War Rooms; geben Sie eine der beiden Optionen an.</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="44"/>
        <source>--server is empty; give the server&apos;s address, postgresql://user@host/database.</source>
        <translation>--server ist leer; geben Sie die Adresse des Servers an, postgresql://user@host/database.</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="48"/>
        <source>--schema names a war room on a server; give --server URL too (or set WARROOM_SERVER).</source>
        <translation>--schema benennt einen War Room auf einem Server; geben Sie auch --server URL an (oder setzen Sie WARROOM_SERVER).</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="67"/>
        <source>--author is not accepted on a server: changes are recorded under your login&apos;s name. %1</source>
        <translation>--author wird auf einem Server nicht akzeptiert: Änderungen werden unter dem Namen Ihres Logins erfasst. %1</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="70"/>
        <source>--author is not accepted on a server: changes are recorded under your login&apos;s name, %1.</source>
        <translation>--author wird auf einem Server nicht akzeptiert: Änderungen werden unter dem Namen Ihres Logins erfasst, %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="83"/>
        <source>warroomctl: note: $WARROOM_AUTHOR (%1) is ignored on a server; the change is recorded under your login&apos;s name, %2.</source>
        <translation>warroomctl: Hinweis: $WARROOM_AUTHOR (%1) wird auf einem Server ignoriert; die Änderung wird unter dem Namen Ihres Logins erfasst, %2.</translation>
    </message>
</context>
</TS>
