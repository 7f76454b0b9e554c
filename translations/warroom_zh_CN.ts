<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="9"/>
        <source>Declare incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="19"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="25"/>
        <source>What customers are experiencing, e.g. &quot;Email drafting completion rate down to 75%&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="30"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="39"/>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="53"/>
        <source>Affected task t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="59"/>
        <source>e.g. email drafting, contract review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="64"/>
        <source>&amp;Users affected (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="70"/>
        <source>0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="75"/>
        <source>&amp;Enterprise customers affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="81"/>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="86"/>
        <source>Detected &amp;at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="94"/>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="100"/>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveVoidsWarning</name>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="26"/>
        <source>Legal sign-off by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="27"/>
        <source>IC approval by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="30"/>
        <source>It goes back to draft and needs legal review, legal sign-off and IC approval again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="32"/>
        <source>It goes back to draft and needs IC approval again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="35"/>
        <source>Draft #%1 is in legal review. Saving this edit takes it out of review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="42"/>
        <source>Saving this edit voids what was given for draft #%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="60"/>
        <source>Saving voids the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="63"/>
        <source>Save and void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="48"/>
        <source>War Room: incident war-room dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="53"/>
        <source>SQLite database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="58"/>
        <source>Record changes as NAME for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="62"/>
        <source>Run this playbook file instead of the built-in one (docs/playbook-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="81"/>
        <source>War Room cannot use the playbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AccountStore</name>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="95"/>
        <source>There is no key account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="111"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="118"/>
        <source>Nothing was imported; the file has %1 problem(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="140"/>
        <source>&quot;%1&quot; is not in the people directory; import or add the CSM there first, or fix the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="196"/>
        <source>The database did not return the new account&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AccountTier</name>
    <message>
        <location filename="../src/core/calls/accounttier.cpp" line="12"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/accounttier.cpp" line="13"/>
        <source>Mid-market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/accounttier.cpp" line="14"/>
        <source>SMB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AnnouncementKind</name>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="12"/>
        <source>First announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="13"/>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="14"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="15"/>
        <source>Email to affected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="16"/>
        <source>Refund notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="18"/>
        <source>Billing fixed, no back-billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="19"/>
        <source>Data incident notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="20"/>
        <source>Ownership statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="21"/>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::AssignRoleDialog</name>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="23"/>
        <source>Assign a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="31"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="37"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="40"/>
        <source>Assign &amp;although the directory does not list them for this role (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="68"/>
        <source>%1 (not listed for this role)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::BoundedFile</name>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="24"/>
        <source>%1 is larger than %2 bytes, the most War Room reads; shorten it or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="55"/>
        <location filename="../src/core/io/boundedfile.cpp" line="78"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="64"/>
        <source>Cannot read %1: it does not exist; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="67"/>
        <source>%1 is a folder, not a file; give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="70"/>
        <source>%1 is not a regular file (a device, a pipe or a socket); save the content to a file and give its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="99"/>
        <source>%1 is not UTF-8 text: invalid byte %2 at byte offset %3; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="106"/>
        <source>%1 contains a NUL byte at byte offset %2, so it is not text (a binary or UTF-16 file?); save it as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="112"/>
        <source>%1 contains a line break at byte offset %2; give it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="116"/>
        <source>%1 contains the control character %2 at byte offset %3; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::CallListModel</name>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="109"/>
        <source>%1 min ago%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="168"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="170"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="172"/>
        <source>CSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="174"/>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="176"/>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="178"/>
        <source>Customer observed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::CallStatus</name>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="20"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="22"/>
        <source>Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="23"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="25"/>
        <source>Left message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="27"/>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="28"/>
        <source>Declined to talk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::CallTrackerWidget</name>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="50"/>
        <source>&amp;My accounts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="53"/>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="59"/>
        <source>Phone or Slack: the playbook reaches key accounts in person, not by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="62"/>
        <source>Propo&amp;se top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="65"/>
        <source>&amp;Choose accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="101"/>
        <source>Keys: %1 · &lt;b&gt;Enter&lt;/b&gt; note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="102"/>
        <source>Press a key on the selected account to record where its call stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="107"/>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="313"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="110"/>
        <source>What the customer observed (Enter saves, Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="178"/>
        <source>No key accounts are selected for this incident yet.
Click “%1” to select the %2 highest-ranked accounts, or “%3” to pick them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="185"/>
        <source>None of the %n selected account(s) is yours (you are “%1”).
Untick “%2” to see them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="216"/>
        <source>Key-account outreach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="241"/>
        <source>Select an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="284"/>
        <source>Note on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="298"/>
        <source>That account is no longer selected; the note was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Category</name>
    <message>
        <location filename="../src/core/incident/category.cpp" line="14"/>
        <source>Agent behaviour anomaly / quality decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="15"/>
        <source>System outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="17"/>
        <source>Upstream model unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="19"/>
        <source>Token billing over-charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="21"/>
        <source>Token billing under-charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="23"/>
        <source>Model output error causing customer loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="25"/>
        <source>Customer data leak or compliance event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Channel</name>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="25"/>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="29"/>
        <source>Email to affected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="33"/>
        <source>In-app notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="37"/>
        <source>Key-account message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ChannelConfiguration</name>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="81"/>
        <source>The channel settings are still being read or saved; save again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ChannelKeychain</name>
    <message>
        <location filename="../src/integrations/channels/channelkeychain.cpp" line="48"/>
        <source>The desktop keychain cannot be read (%1): channel secrets come only from the environment or the secrets file (docs/channels.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelkeychain.cpp" line="127"/>
        <source>The desktop keychain did not store the secrets (%1), so nothing was saved. Without a keychain service (a desktop session with GNOME Keyring or KWallet), give the secrets in environment variables or in a secrets file of mode 0600 named by WARROOM_SECRETS_FILE instead (docs/channels.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ChannelLimits</name>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="32"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="36"/>
        <source>%1: over by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="46"/>
        <source>Incident name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="47"/>
        <location filename="../src/integrations/channels/channellimits.cpp" line="59"/>
        <source>shorten the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="50"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="51"/>
        <location filename="../src/integrations/channels/channellimits.cpp" line="55"/>
        <location filename="../src/integrations/channels/channellimits.cpp" line="84"/>
        <source>shorten the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="54"/>
        <source>Notification text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="58"/>
        <source>Title section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="62"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="63"/>
        <source>mail clients cut it off on screen; shorten the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="82"/>
        <source>Body section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="83"/>
        <source>Longest of %1 body sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="95"/>
        <source>%1 is over its limit of %2 characters by %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ChannelRendering</name>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="28"/>
        <source>Incident name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="34"/>
        <source>impact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="36"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="43"/>
        <source>Notification text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="52"/>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="59"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="70"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="71"/>
        <source>Body, section %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="79"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="80"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="83"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="93"/>
        <source>JSON payload (the idempotency key and publication id are added when it is queued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ChannelSettings</name>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="58"/>
        <source>%1 is not set, but %2 is: set %1 too, or unset the others to leave this channel unconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="69"/>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="95"/>
        <source>%1 must be the page id from the Statuspage API page (letters, digits, - and _ only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="101"/>
        <source>%1 contains spaces or control characters; copy the key again from the Statuspage API page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="119"/>
        <source>%1 must not have a ?query; give the API&apos;s base URL, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="130"/>
        <source>%1 must be a comma-separated list of component ids (letters, digits, - and _ only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="175"/>
        <source>%1 is not an email address; write it as alerts@example.com or &quot;War Room &lt;alerts@example.com&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="190"/>
        <source>%1 must be a whole number of seconds from 1 to %2 (default %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="18"/>
        <source>is not an absolute URL with a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="20"/>
        <source>carries a user name or password; put credentials in their own variables, never in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="23"/>
        <source>has a #fragment, which no server sees; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="49"/>
        <source>uses plain http:// to a host that is not this machine; use https:// (plain http is accepted only for 127.0.0.0/8, ::1 and localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="52"/>
        <source>must start with https:// (or http:// to this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="61"/>
        <source>must be smtp://host:port (STARTTLS) or smtps://host:port (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="63"/>
        <source>must name only the server, smtp://host:port, without a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="65"/>
        <source>must name only the server, smtp://host:port, without a ?query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="34"/>
        <source>WARROOM_SECRETS_FILE names %1, which cannot be opened (it does not exist or is not readable); give the path of your secrets file or unset the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="39"/>
        <source>WARROOM_SECRETS_FILE names %1, which is not a regular file (a folder, device or pipe); give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="43"/>
        <source>The secrets file %1 belongs to another user; War Room reads secrets only from a file of your own (copy it and chmod 600 the copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="48"/>
        <source>The secrets file %1 can be read or written by other users (mode %2); run `chmod 600 %1` so that only you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="78"/>
        <source>%1, line %2: expected NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="83"/>
        <source>its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="84"/>
        <source>%1, line %2: %3 is not a War Room channel setting; the names are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="91"/>
        <source>%1, line %2: %3 is set a second time; keep one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/storedchannelsettings.cpp" line="85"/>
        <source>The channel settings could not be written to %1 (the disk is full or the file is not writable); make it writable and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ChannelSetup</name>
    <message>
        <location filename="../src/app/warroom/channelwiring.cpp" line="32"/>
        <source>Channel settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/warroom/channelwiring.cpp" line="33"/>
        <source>The channel settings cannot be used, so this window delivers nothing: announcements wait in the outbox until the settings are fixed or the text is posted by hand.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::CommunicationsPane</name>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="158"/>
        <source>&amp;Deliveries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="160"/>
        <source>Where each delivery of the selected published draft stands; copy its text to post by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="176"/>
        <source>Show the draft list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="230"/>
        <source>◂ Hide drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="231"/>
        <source>Drafts (%1) ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="232"/>
        <source>Hide the list of drafts and the new-draft form, to give the text and its preview the width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="234"/>
        <source>Show the list of this incident&apos;s drafts and the form for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="264"/>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="272"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="279"/>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="282"/>
        <source>optional, e.g. a key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="284"/>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="286"/>
        <source>&amp;Create draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="289"/>
        <source>Te&amp;mplates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="291"/>
        <source>The template library: read, add and edit templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="368"/>
        <source>%1 (for this incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="451"/>
        <source>Draft #%1 has unsaved changes. Save them before switching drafts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="454"/>
        <source>Draft #%1 of incident #%2 has unsaved changes. Save them before switching to another incident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="460"/>
        <source>Draft #%1 of incident #%2 has unsaved changes. Save them before closing the window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="467"/>
        <source>Unsaved announcement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ContactHandle</name>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="29"/>
        <source>&quot;%1&quot; is not a phone number: only digits, a leading +, spaces, dashes, dots and parentheses are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="36"/>
        <source>&quot;%1&quot; is not a phone number: it has %2 digits, a phone number has %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="53"/>
        <source>&quot;%1&quot; is not a Slack handle: it needs 1 to 80 characters after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="59"/>
        <source>&quot;%1&quot; is not a Slack handle: use letters, digits, dots, dashes and underscores (e.g. @dana.k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="76"/>
        <source>&quot;%1&quot; is not an email address (expected name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Csv</name>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="80"/>
        <source>The tier is required; one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="84"/>
        <source>Unknown tier &quot;%1&quot;; one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="91"/>
        <source>&quot;%1&quot; is not an ARR: write whole currency units with digits only, e.g. 1200000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="98"/>
        <source>&quot;%1&quot; is not a rank: write a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="122"/>
        <source>Customer &quot;%1&quot; is listed twice: first on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="130"/>
        <source>Rank %1 is given twice: first on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="36"/>
        <source>The file is UTF-32 (it starts with a UTF-32 byte order mark); save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="42"/>
        <source>The file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="47"/>
        <source>The file contains a NUL byte, so it is not UTF-8 text (UTF-16 without a byte order mark?); save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="53"/>
        <source>Byte %1 is not valid UTF-8 (the file may be in Latin-1 or Windows-1252); save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="102"/>
        <source>A double quote inside an unquoted field; put the whole field in double quotes and double the quote (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="135"/>
        <source>Text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="149"/>
        <source>A quoted field is never closed: the closing double quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="201"/>
        <source>The file has %1 bytes; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="221"/>
        <source>The file is empty: expected a header line naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="234"/>
        <source>The record has %1 fields; the header has %2 (a comma too many or too few, or a field with a comma that is not in quotes?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="255"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="256"/>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="266"/>
        <source>... and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="29"/>
        <source>Column %1 has no name in the header; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="36"/>
        <source>The column appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="43"/>
        <source>Unknown column(s); the columns are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="48"/>
        <source>The required column is missing from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/peoplecsv.cpp" line="49"/>
        <source>&quot;%1&quot; is listed twice: first on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::CsvImport</name>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="35"/>
        <source>People imported from %1: %2 added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="43"/>
        <source>Key accounts imported from %1: %2 added, %3 updated, %4 no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="53"/>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="53"/>
        <source>Import key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="55"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="64"/>
        <source>%1 was not imported. Fix the file and import it again; see docs/csv-formats.md for the columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Database</name>
    <message>
        <location filename="../src/storage/db/database.cpp" line="132"/>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="161"/>
        <source>%1 does not exist; there is no database to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="174"/>
        <source>%1: this database cannot check its own integrity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DatabaseChooser</name>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="30"/>
        <source>War Room cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="34"/>
        <source>Open &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="40"/>
        <source>Open or create a War Room database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="41"/>
        <source>War Room databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DeadlineBanner</name>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="147"/>
        <source>CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="152"/>
        <source>at %1 by %2 — the board stopped at closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="162"/>
        <source>NOTHING MISSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="166"/>
        <source>%n MISSED</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="175"/>
        <source> — worst: %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="190"/>
        <source>NEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="193"/>
        <source>No open deadline with a due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="197"/>
        <source>DUE SOON in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="197"/>
        <source>NEXT in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="222"/>
        <source>NONE OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="226"/>
        <source>%n due soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="227"/>
        <source>Every open deadline is still ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="230"/>
        <source>%n OVERDUE</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="232"/>
        <source>oldest: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DeclareIncidentDialog</name>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="51"/>
        <source>Choose the category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="52"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="68"/>
        <source>&amp;Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="74"/>
        <source>Choose a severity to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="96"/>
        <source>Edit incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="97"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="113"/>
        <source>Trigger conditions observed (tick any; they suggest the category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="124"/>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="147"/>
        <source>Ticking a condition sets the category it suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="152"/>
        <source>Category set to &quot;%1&quot;, as the ticked conditions suggest; change it above if it fits better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="327"/>
        <source>Enterprise customers affected must be a whole number of customers, e.g. 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="337"/>
        <source>Choose the category: it decides which playbook rules apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="340"/>
        <source>Choose the severity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DeliveriesDialog</name>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="34"/>
        <source>Deliveries of draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="48"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="48"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="48"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="48"/>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="57"/>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="59"/>
        <source>The exact title and text that were approved, for posting by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="60"/>
        <source>Record as &amp;posted by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="62"/>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="120"/>
        <source>Nothing of this draft is in the outbox: it was published before War Room tracked deliveries, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="122"/>
        <source>%1 of %2 deliveries done. A channel that is not set up here waits: copy the text, post it yourself, then record it as posted by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="158"/>
        <source>Copied the text of delivery #%1 (%2 characters). Post it, then record it as posted by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="172"/>
        <source>Record delivery #%1 (%2) as posted by hand by %3? The board counts it as delivered from now on, and the timeline says who posted it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Delivery</name>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="75"/>
        <source>No key-account contact has an email address, so this %1 message would reach nobody. Add an email address to the key accounts&apos; contacts (import the key-account CSV with an email column) and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="111"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="119"/>
        <source>posted by hand by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="121"/>
        <source>sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="123"/>
        <source>retrying at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DeliveryState</name>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="20"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="21"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="22"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="23"/>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="24"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="26"/>
        <source>Posted by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Destination</name>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="19"/>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="21"/>
        <source>Slack incident channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="22"/>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="23"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DraftEditor</name>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="105"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="127"/>
        <source>The message. Type {{ for placeholders filled from the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="157"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="159"/>
        <source>Undo the last change to the text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="162"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="164"/>
        <source>Redo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="165"/>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="167"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="302"/>
        <source>Draft #%1 · %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="311"/>
        <source>No draft selected: pick one on the left, or create one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="377"/>
        <source>Saved as version %1. The edit voided the earlier review, sign-off or approval; the draft is back to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="417"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="419"/>
        <source>Rendered from the incident now. Save to have this text reviewed and published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="426"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — version %1 as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="427"/>
        <source>The saved text is what is reviewed and published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="436"/>
        <source>Lint: no findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="437"/>
        <source>Lint: %1 error(s), %2 warning(s) — click one to select the words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="445"/>
        <source>Title %1 · text %2 characters · %3 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="449"/>
        <source>Counted on the rendered text, against the limits of the %1 channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DraftGate</name>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="22"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="24"/>
        <source>In legal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="26"/>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="28"/>
        <source>Legally signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="29"/>
        <source>IC approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="30"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="34"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="36"/>
        <source>Mark as needing legal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="38"/>
        <source>Send to legal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="39"/>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="41"/>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="42"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="43"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="65"/>
        <source>The message is published; its text is final. Start a new draft for a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="74"/>
        <source>Mark a draft as needing legal review before it goes for review or approval; edit it first to take it back to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="80"/>
        <source>This draft needs no legal review: the incident commander approves it directly. Mark it as needing legal review to ask legal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="85"/>
        <source>Changes were requested: edit the draft before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="87"/>
        <source>The draft is already in legal review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="88"/>
        <source>The draft is already signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="92"/>
        <source>Only a draft in legal review can be signed off; this one is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="99"/>
        <source>Changes are already requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="101"/>
        <source>The draft is not in review yet: it needs a legal sign-off before anyone can request changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="107"/>
        <source>This draft needs a legal sign-off before the incident commander approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="110"/>
        <source>Changes were requested: edit the draft before approving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="111"/>
        <source>The draft is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="116"/>
        <source>Only a draft the incident commander approved can be published; this one is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DraftGateBar</name>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="36"/>
        <source>Needs le&amp;gal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="38"/>
        <source>Send to legal re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="40"/>
        <source>Sign o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="42"/>
        <source>Re&amp;quest changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="44"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="46"/>
        <source>Pu&amp;blish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="92"/>
        <source>Reason to go on despite lint errors (logged, and shown to legal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="202"/>
        <source>No draft selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="204"/>
        <source>Save first: every step judges the saved text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="207"/>
        <source>This draft already needs a legal sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="211"/>
        <source>Lint errors (%1) block this step: fix them, or give a reason in the box above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="223"/>
        <source>Sent on despite lint errors. Reason given: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="229"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2 · %3 · text SHA-256 &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="232"/>
        <source>legal sign-off required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="232"/>
        <source>IC approval only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="248"/>
        <source>Unsaved changes: save to send the text on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="256"/>
        <source>Changes were requested: edit and save the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="267"/>
        <source>Published. The text is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="271"/>
        <source>Next step: %1. You can do it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="273"/>
        <source>Next step: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="296"/>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="297"/>
        <source>What should change? The author sees this on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="322"/>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="349"/>
        <source>email to %1 key-account contact address(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="351"/>
        <source>Publish draft #%1 (%2)? It will be queued for: %3. Nothing is sent until the outbox delivers it; each delivery&apos;s state shows on the board and in &apos;warroomctl outbox&apos;. The text is final afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DraftListModel</name>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="108"/>
        <source>%1
%2, version %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="113"/>
        <source>
Delivery: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="136"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="138"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="140"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="142"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="144"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="146"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="148"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="188"/>
        <source>#%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="192"/>
        <source>not tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="192"/>
        <source>Published before War Room tracked deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="197"/>
        <source>%1 of %2 delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DraftStore</name>
    <message>
        <location filename="../src/storage/comms/draftrows.cpp" line="124"/>
        <source>There is no draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="21"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="50"/>
        <source>The title must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="53"/>
        <source>The title has %1 characters; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="57"/>
        <source>The message text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="60"/>
        <source>The message has %1 characters; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="132"/>
        <source>the category changed to %1, which needs legal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="227"/>
        <source>The audience label is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="258"/>
        <source>The database did not return the new draft&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DraftVersionModel</name>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="37"/>
        <source>legal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="38"/>
        <source>IC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="75"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="77"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="79"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="81"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="83"/>
        <source>Signed / approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::DraftVersionsDialog</name>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="38"/>
        <source>Versions of draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="65"/>
        <source>Co&amp;py changes as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="67"/>
        <source>Copies the changes with removed words as [-words-] and added words as {+words+}, for an email or a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="79"/>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="123"/>
        <source>&lt;b&gt;Version %1&lt;/b&gt; is the first: all of its text is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="131"/>
        <source>&lt;b&gt;Version %1&lt;/b&gt; renders the same text as version %2 (only placeholders or their values changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="135"/>
        <source>&lt;b&gt;Changes from version %1 to %2&lt;/b&gt;, as rendered: removed words struck through, added words underlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="75"/>
        <source>As rendered when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="88"/>
        <source>&amp;Restore this text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::EmailPublisher</name>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="40"/>
        <source>email via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="46"/>
        <source>Incident update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="54"/>
        <source>The recipient is not an email address War Room can send to (local@domain); correct the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="60"/>
        <source>The message has no idempotency key; the outbox must give every row one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="77"/>
        <source>Could not start the mail transfer (libcurl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="116"/>
        <source>The mail server accepted the message (SMTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="123"/>
        <source>The mail server refused the login (%1); check WARROOM_SMTP_USER and WARROOM_SMTP_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="127"/>
        <source>The mail server does not offer STARTTLS (%1); War Room sends mail only encrypted: use smtps:// or a server that offers STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="135"/>
        <source>The mail server&apos;s TLS certificate is not trusted (%1). Retrying cannot fix this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="141"/>
        <source>WARROOM_SMTP_URL cannot be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="144"/>
        <source>The mail transfer was stopped because War Room is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="151"/>
        <source>The mail server refused the message (SMTP %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="154"/>
        <source>The mail server deferred the message (SMTP %1: %2); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="160"/>
        <source>Could not deliver to the mail server (%1); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::FinalAccount</name>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="90"/>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="92"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="94"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="95"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="102"/>
        <source>done %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="104"/>
        <source>waived %1 after its due time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="106"/>
        <source>waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="109"/>
        <source>still open at closing, %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="110"/>
        <source>still open at closing (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="111"/>
        <source>still open at closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="120"/>
        <source>%1 (%2 at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/playbook/finalaccount.cpp" line="139"/>
        <source>nothing missed: %n done on time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="140"/>
        <source>%1 missed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::HttpOutcome</name>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="71"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="154"/>
        <source>The server&apos;s TLS certificate is not trusted (%1). Retrying cannot fix this: install a valid certificate on the server or add its CA to this machine&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="160"/>
        <source>No answer from the server in time; will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="164"/>
        <source>The request cannot be sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="165"/>
        <source>Could not reach the server (%1); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="168"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="173"/>
        <source>%1, but the connection broke before the whole answer arrived (%2); will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="181"/>
        <source>%1: the server redirects elsewhere, and War Room does not follow redirects; configure the final URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentFields</name>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="28"/>
        <source>Title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="31"/>
        <source>Title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="34"/>
        <source>Title must be one line without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="39"/>
        <source>Affected task type is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="45"/>
        <source>Share of users affected must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="50"/>
        <source>Number of enterprise customers affected cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="54"/>
        <source>Detected-at time is missing or not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="57"/>
        <source>Detected-at time %1 is before %2; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="62"/>
        <source>Detected-at time %1 is in the future (now is %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentListModel</name>
    <message numerus="yes">
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="147"/>
        <source>%1% users · %n enterprise</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="161"/>
        <source>%n overdue; the oldest: %1 (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="165"/>
        <source>Next: %1 in %2 (due %3 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="170"/>
        <source>No open obligation has a due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="178"/>
        <source>%1
Task type: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="198"/>
        <source>Playbook obligations overdue, and the time left until the next one is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="203"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="205"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="207"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="209"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="211"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="213"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="215"/>
        <source>Detected (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="217"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="425"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="428"/>
        <source>next in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentStore</name>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="79"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="109"/>
        <source>The database did not return the new incident&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="197"/>
        <source>Cannot change status of incident %1 from %2 to %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="226"/>
        <source>A note must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="229"/>
        <source>A note is limited to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="290"/>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::IncidentView</name>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="119"/>
        <source>Status history (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="127"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="131"/>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="134"/>
        <source>Set stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="137"/>
        <source>&amp;Edit fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="177"/>
        <source>Add a note to the timeline (&quot;no new progress&quot; counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="179"/>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="207"/>
        <source>&amp;Phase board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="208"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="210"/>
        <source>C&amp;ommunications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="212"/>
        <source>Roles &amp;&amp; ca&amp;lls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="234"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="239"/>
        <source>Type a note for the timeline (Return adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="240"/>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="245"/>
        <source>Type a progress sync (Return posts it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="246"/>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="251"/>
        <source>New announcement draft: choose the template (Alt+C creates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="252"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="257"/>
        <source>Tick calls: the call tracker&apos;s selected account (then a status key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="258"/>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="320"/>
        <source>#%1  Loading the incident and its timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="344"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="346"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="347"/>
        <source>Task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="347"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="348"/>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="349"/>
        <source>Enterprise customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="350"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="351"/>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="478"/>
        <source>Close incident #%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="479"/>
        <source>Close incident #%1 &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="483"/>
        <source>Moving to &quot;%1&quot; cannot be undone: the status cannot change afterwards (declare a new incident for a relapse), and the phase board stops and shows what was missed. Every playbook obligation must be done or waived first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="488"/>
        <source>Close incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::InputLimits</name>
    <message>
        <location filename="../src/core/base/inputlimits.cpp" line="46"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/base/inputlimits.cpp" line="48"/>
        <source>The author&apos;s name has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/base/inputlimits.cpp" line="52"/>
        <source>The author&apos;s name contains a line break or control character (U+%1) at character %2; give the name on one line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::JsonReader</name>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="40"/>
        <source>%1: the file is empty; it should hold a JSON object { ... }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="47"/>
        <source>%1:%2:%3: not valid JSON: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="56"/>
        <source>%1:1: the top level must be a JSON object { ... }, not a list or a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="71"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="72"/>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="79"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="81"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="83"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="85"/>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="87"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="89"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="93"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="100"/>
        <source>must be an object { ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="105"/>
        <source>unknown key &quot;%1&quot;; the keys allowed here are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="115"/>
        <location filename="../src/core/io/jsonreader.cpp" line="149"/>
        <location filename="../src/core/io/jsonreader.cpp" line="168"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="123"/>
        <source>must be a text in quotes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="125"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="136"/>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits and single dashes (&quot;first-announcement&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="152"/>
        <source>must be a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="155"/>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="158"/>
        <source>must not be negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="159"/>
        <source>must be at least %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="171"/>
        <source>must be a list [ ... ], not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="173"/>
        <source>must not be an empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="182"/>
        <source>&quot;%1&quot; is not allowed here; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="191"/>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::KeyAccount</name>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="32"/>
        <source>An account needs the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="36"/>
        <source>A customer name is limited to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="41"/>
        <source>ARR must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="44"/>
        <source>Rank must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="48"/>
        <source>Give a rank or an ARR: the accounts to call are proposed by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="51"/>
        <source>An account needs its owning customer success manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="55"/>
        <source>An account needs at least one primary contact to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="59"/>
        <source>At most %1 primary contacts per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="64"/>
        <source>Contact %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="75"/>
        <source>Contact %1 needs a phone number or a Slack handle: the playbook reaches key accounts by phone or Slack, not email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="33"/>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="46"/>
        <source>Everywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="40"/>
        <source>Menu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="83"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="83"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="83"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="102"/>
        <source>%1 or %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="106"/>
        <source>&lt;p&gt;&lt;b&gt;Phase board:&lt;/b&gt; Return or Enter on the selected row marks it done, like the Done button.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Call tracker&lt;/b&gt;, on the selected account: %1; Return writes a note.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alt + the underlined letter&lt;/b&gt; presses that button, opens that menu or tab, or goes to that field; no letter is used twice in a window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Lint</name>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="203"/>
        <source>War Room does not know {{%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="204"/>
        <source>Did you mean {{%1}}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="206"/>
        <source>{{%1}} has no value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="239"/>
        <source>The %1 %2 has %3 characters; the limit is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="247"/>
        <source>The %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="252"/>
        <source>The %1 has no title; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="254"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="255"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::LintFindingModel</name>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="19"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="20"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="66"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="66"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="71"/>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="83"/>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="99"/>
        <source>Rule &lt;tt&gt;%1&lt;/tt&gt;, in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="84"/>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="100"/>
        <source>Rule &lt;tt&gt;%1&lt;/tt&gt;, in the %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="87"/>
        <source>Playbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="96"/>
        <source>&lt;i&gt;Suggested fix:&lt;/i&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::LintHighlighter</name>
    <message>
        <location filename="../src/widgets/comms/linthighlighter.cpp" line="126"/>
        <source>War Room does not know this placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::LintRules</name>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="71"/>
        <source>macros nest more than four levels deep (a macro may be using itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="80"/>
        <source>&quot;&lt;&lt;&quot; at %1 has no closing &quot;&gt;&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="84"/>
        <source>unknown macro &lt;&lt;%1&gt;&gt;; the macros are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="102"/>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="108"/>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="128"/>
        <source>unknown pattern set @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="146"/>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="152"/>
        <source>&quot;%1&quot; matches empty text; a pattern must match words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="166"/>
        <source>&quot;%1&quot; is not a rule id: use lowercase letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="177"/>
        <source>&quot;%1&quot; must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="189"/>
        <source>&quot;%1&quot; is not a check; the checks are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="200"/>
        <source>a &quot;%1&quot; rule needs at least one pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="203"/>
        <source>a &quot;%1&quot; rule takes no patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="213"/>
        <source>&quot;%1&quot; is not a category; the categories are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="229"/>
        <source>&quot;%1&quot; is not an announcement kind; the kinds are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="253"/>
        <source>every rule needs a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="256"/>
        <source>every rule names the playbook line it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="265"/>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="267"/>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="267"/>
        <source>must be a JSON object with &quot;rules&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="273"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="279"/>
        <source>must be a list of patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="285"/>
        <source>must be a non-empty list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="289"/>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="291"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="297"/>
        <source>the id &quot;%1&quot; is used by an earlier rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::MainWindow</name>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="46"/>
        <source>War Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="61"/>
        <source>Filter incidents (title, category, status, task type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="65"/>
        <source>Show closed i&amp;ncidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="90"/>
        <source>No incident selected.
Declare one with Ctrl+N or pick one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="199"/>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="201"/>
        <source>&amp;Declare incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="205"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="210"/>
        <source>The channel settings: where announcements are delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="212"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="215"/>
        <source>Di&amp;rectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="216"/>
        <source>&amp;People directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="220"/>
        <source>Import p&amp;eople from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="223"/>
        <source>Import &amp;key accounts from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="227"/>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="228"/>
        <source>&amp;New window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="228"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="231"/>
        <source>&amp;Larger text (wall screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="233"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="235"/>
        <source>&amp;Default text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="235"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="238"/>
        <source>Set &amp;your name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="240"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="241"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="253"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="262"/>
        <source>You: %1   ·   Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="335"/>
        <source>Opening incident #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="418"/>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="424"/>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="429"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="419"/>
        <source>Name recorded as the author of your changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="425"/>
        <source>The name must not be empty; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="475"/>
        <source>Text size %1 pt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Migrations</name>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="120"/>
        <source>%1 is an SQLite database of another program (it has tables but no War Room schema). The file was left untouched; choose a War Room database or a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="146"/>
        <source>%1 records schema version %2 in its %3 table, which no War Room writes (versions are whole numbers from 1 to %4): the table was changed by hand or the file is damaged. The file was left untouched; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="155"/>
        <source>%1 was written by a newer War Room (schema version %2; this build understands up to %3). Upgrade War Room to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="189"/>
        <location filename="../src/storage/migrations/migrations.cpp" line="197"/>
        <source>Upgrading the schema to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Obligation</name>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="51"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="53"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="55"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="57"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="59"/>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="61"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="84"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::ObligationAlert</name>
    <message>
        <location filename="../src/models/board/obligationalerts.cpp" line="11"/>
        <source>%1: %2 (%3, due %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::OutboxSender</name>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="63"/>
        <source>The sender that was delivering this (%1) stopped mid-send; sending it again with the same idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="175"/>
        <source>gave up after 1 attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="176"/>
        <source>gave up after %1 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::OutboxStore</name>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="149"/>
        <source>No outbox row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="180"/>
        <source>Say who you are: the retry is recorded under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="190"/>
        <source>Outbox row %1 is %2, not failed: only a failed row is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="210"/>
        <source>Say who you are: a post by hand is recorded under the name of who posted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="220"/>
        <source>Outbox row %1 is already %2; nothing to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="231"/>
        <source>Outbox row %1 is being sent right now; wait for the attempt to end, so the message does not go out twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="286"/>
        <source>Outbox row %1 is not due or was taken by another sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="317"/>
        <source>Outbox row %1 is no longer held by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="330"/>
        <source>Outbox row %1 is no longer claimed by this sender; its outcome is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Outreach</name>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="76"/>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="76"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="102"/>
        <source>unreachable on %1, %2 not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="103"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="132"/>
        <source>No key accounts selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="133"/>
        <source>%1 of %2 closed out (%3 reached), %4 still open, %5 not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::OutreachChannel</name>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="17"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="18"/>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="33"/>
        <source>Email is not an outreach channel for key accounts: the playbook says to contact the top customers&apos; primary contacts by phone or Slack, not email, so they hear it from a person now rather than find it in an inbox later. Use phone or slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="39"/>
        <source>Unknown outreach channel &quot;%1&quot;; use phone or slack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::OutreachStore</name>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="48"/>
        <source>Select at least one key account; the key-account list is empty or none was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="53"/>
        <source>At most %1 accounts can be selected for outreach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="59"/>
        <source>Account %1 is selected twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="67"/>
        <source>%1 is no longer on the key-account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="80"/>
        <source>Propose between 1 and %1 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="109"/>
        <source>A note is limited to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="115"/>
        <source>Say how the customer was contacted: phone or slack (the playbook&apos;s channels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="134"/>
        <source>%1 has no %2 contact on the key-account list; record the call on the channel you used (%3), or add the contact to the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="149"/>
        <source>Account %1 is not selected for outreach on incident %2; select it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PeopleDirectoryDialog</name>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="30"/>
        <source>People directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="40"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="41"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="42"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="43"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="108"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="109"/>
        <source>Remove %1 from the directory? Incidents keep their record of what %1 did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PeopleModel</name>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="74"/>
        <source>Can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="76"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="78"/>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="80"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PeopleStore</name>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="33"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="94"/>
        <location filename="../src/storage/roles/peoplestore.cpp" line="142"/>
        <source>There is no person %1 in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="119"/>
        <source>The database did not return the new person&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="171"/>
        <location filename="../src/storage/roles/peoplestore.cpp" line="198"/>
        <source>There is already a person named &quot;%1&quot; in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="227"/>
        <source>%1 is the CSM of %2 key account(s) (%3); import the key accounts with another CSM before removing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="252"/>
        <source>Nothing was imported; the file has %1 problem(s):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Person</name>
    <message>
        <location filename="../src/core/roles/person.cpp" line="50"/>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="53"/>
        <source>A name is limited to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="64"/>
        <source>%1 has no phone, Slack handle or email: give at least one way to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="66"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="88"/>
        <source>Unknown role %1; the roles are %2 (separate several with &quot;;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PersonDialog</name>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="21"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="21"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="30"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="32"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="33"/>
        <source>&amp;Slack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="34"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="35"/>
        <source>+1 415 555 0101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="36"/>
        <source>@handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="39"/>
        <source>Roles they can hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PhaseBoardModel</name>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="130"/>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="131"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="138"/>
        <source>⚑ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="147"/>
        <source>%1 · waived by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="150"/>
        <source>MANDATORY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="156"/>
        <source>done by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="158"/>
        <source>waived by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="165"/>
        <source>none posted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="167"/>
        <source>last posted %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="171"/>
        <source>last sync %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="248"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="250"/>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="250"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="252"/>
        <source>Obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="254"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="256"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="258"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PhaseBoardWidget</name>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="120"/>
        <source>Note for Done (optional), reason for Waive (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="122"/>
        <source>✔ &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="125"/>
        <source>Tick the selected obligation done (double-clicking a row does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="127"/>
        <source>Wai&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="130"/>
        <source>Record that the selected obligation is deliberately not done; type the reason first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="140"/>
        <source>Progress sync for the incident channel (&quot;no new progress&quot; counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="142"/>
        <source>Post s&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="146"/>
        <source>Show not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="148"/>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="164"/>
        <source>Mark the selected obligation done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="166"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="284"/>
        <source>Select an obligation on the board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="320"/>
        <source>⚑ IC engagement is mandatory: %1. Assign an incident commander.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="338"/>
        <source>The incident is closed: the board shows how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="363"/>
        <source>War Room: incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="366"/>
        <source>Incident #%1: playbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Placeholders</name>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="78"/>
        <source>&quot;}}&quot; at offset %1 closes no placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="99"/>
        <source>Placeholders cannot be nested: &quot;{{&quot; at offset %1 is inside the placeholder that starts at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="109"/>
        <source>&quot;{{&quot; at offset %1 is not closed by &quot;}}&quot; on the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="119"/>
        <source>Empty placeholder at offset %1: write a name between the braces, e.g. {{task_type}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="125"/>
        <source>&quot;%1&quot; at offset %2 is not a placeholder name: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="143"/>
        <source>The incident&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="144"/>
        <source>The incident&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="145"/>
        <source>The affected task type, e.g. email drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="146"/>
        <source>The incident category, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="147"/>
        <source>SEV1, SEV2 or SEV3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="148"/>
        <source>Share of users affected, a number without the % sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="149"/>
        <source>Number of enterprise customers affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="150"/>
        <source>Detection date and time, e.g. 2026-11-29 02:50 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="151"/>
        <source>Detection time of day in UTC, HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="152"/>
        <source>Detection date in UTC, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="153"/>
        <source>When the incident was declared, e.g. 2026-11-29 03:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="154"/>
        <source>The incident status in words, e.g. investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="155"/>
        <source>The incident status as a heading, e.g. Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="156"/>
        <source>The time the draft was saved, HH:MM UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="157"/>
        <source>30 minutes after the draft was saved, HH:MM UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="158"/>
        <source>When the incident was restored (once it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="159"/>
        <source>The assigned incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="160"/>
        <source>The status history, one &quot;- HH:MM UTC status&quot; line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="161"/>
        <source>When customers were first affected, HH:MM UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="162"/>
        <source>Completion rate before the incident, e.g. ~95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="163"/>
        <source>Completion rate now, e.g. ~75%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="164"/>
        <source>A brief description of the (initial) root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="165"/>
        <source>Expected restoration time, or &quot;continuous updates&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="166"/>
        <source>What changed since the last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="167"/>
        <source>The affected period, from and to in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="168"/>
        <source>Compensation policy, if applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="169"/>
        <source>When refunds arrive, e.g. within 5 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="170"/>
        <source>Which data was exposed, and to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="171"/>
        <source>The customer the message is addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="172"/>
        <source>What the agent did wrong for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="173"/>
        <source>The specific improvements we are making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="174"/>
        <source>Link to the status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="175"/>
        <source>The signature under external messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="104"/>
        <source>investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="106"/>
        <source>root cause identified, fix in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="108"/>
        <source>fix deployed, monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="110"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="112"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="121"/>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="123"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="125"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="127"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="129"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="177"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Playbook</name>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="37"/>
        <source>needs either &quot;due&quot; (a deadline) or &quot;cadence&quot; (a recurring obligation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="40"/>
        <source>an obligation has either &quot;due&quot; or &quot;cadence&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="103"/>
        <source>say it once: &quot;key_accounts&quot; replaces &quot;key_accounts_attempted&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="130"/>
        <source>counts publications; list &quot;%1&quot; among the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="140"/>
        <source>&quot;%1&quot; is not a channel; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="142"/>
        <location filename="../src/core/playbook/obligationparser.cpp" line="302"/>
        <location filename="../src/core/playbook/obligationparser.cpp" line="363"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="153"/>
        <source>a recurring obligation is never done; its &quot;cadence&quot; names the events that reset it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="180"/>
        <source>needs &quot;events&quot; to apply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="192"/>
        <source>judges drafts; list &quot;%1&quot; among the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="208"/>
        <source>names no condition; give &quot;events&quot;, &quot;roles&quot;, &quot;legal_signoff&quot; or &quot;key_accounts&quot;, or leave &quot;done_when&quot; out (the obligation is then ticked done by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="229"/>
        <source>a recurring obligation is always ticked by hand (each tick counts as posting it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="261"/>
        <source>needs a &quot;due&quot; counted from &quot;detected&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="272"/>
        <source>a mandatory obligation needs &quot;done_when&quot;: ticking it by hand is refused while it is mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="289"/>
        <source>&quot;%1&quot; is not a category; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="316"/>
        <source>&quot;%1&quot; is not a role; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="329"/>
        <source>&quot;%1&quot; is not a timeline event kind; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="351"/>
        <source>applies only to announcement events; list %1 among the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="352"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="360"/>
        <source>&quot;%1&quot; is not a kind of announcement; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="393"/>
        <source>is missing; use a role id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbook.cpp" line="75"/>
        <source>Playbook %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbook.cpp" line="103"/>
        <source>&quot;%1&quot; is not a trigger condition of the playbook; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbook.cpp" line="107"/>
        <source>Trigger condition &quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="53"/>
        <source>is missing; this build reads playbooks with &quot;format_version&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="61"/>
        <source>format version %1 is not supported; this build reads format version %2 (was the file written for another War Room version?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="109"/>
        <source>is missing; it holds &quot;users_pct_above&quot; and &quot;enterprise_customers_above&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="119"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="121"/>
        <source>must be a number from 0 to 100 (percent of users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="152"/>
        <source>trigger id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="155"/>
        <source>is missing (the category this trigger suggests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="174"/>
        <source>does not list &quot;%1&quot;, which %2 suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="222"/>
        <source>phase id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="238"/>
        <source>obligation id &quot;%1&quot; is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="245"/>
        <source>no category needs legal review: list them under &quot;legal_review&quot;: {&quot;categories&quot;: [...]} at the top of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PlaybookEngine</name>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="27"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="28"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="29"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="35"/>
        <source>sync is posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="37"/>
        <source>announcement is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="39"/>
        <source>announcement draft is started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="40"/>
        <source>&quot;%1&quot; is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="146"/>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="388"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="156"/>
        <source>nobody holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="160"/>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="382"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="192"/>
        <source>due on restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="193"/>
        <source>due %1 after restoration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="197"/>
        <source>restored at %1, within %2 of detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="229"/>
        <source>ended at restoration (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="258"/>
        <source>starts when the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="275"/>
        <source>%1% of users affected (more than %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="279"/>
        <source>%1 enterprise customers affected (more than %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="309"/>
        <source>only for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="359"/>
        <source>&quot;%1&quot; does not apply to this incident (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="362"/>
        <source>&quot;%1&quot; is mandatory (%2): it is completed by the facts on the timeline (for IC engagement: assigning an incident commander), not by ticking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="370"/>
        <source>&quot;%1&quot; is completed by the facts on the timeline, not by ticking it (%2). If it will not be done, waive it with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="372"/>
        <source>see the playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="375"/>
        <source>&quot;%1&quot; was already waived by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="378"/>
        <source>&quot;%1&quot; is already done (%2 at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="43"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="52"/>
        <source>saved before War Room recorded placeholders and lint; save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="59"/>
        <source>1 placeholder to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="60"/>
        <source>%1 placeholders to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="66"/>
        <source>1 lint error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="67"/>
        <source>%1 lint errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="69"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="138"/>
        <source>no draft of the right kind yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="145"/>
        <source>draft #%1 ready (no placeholder left, no lint error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="150"/>
        <source>draft #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="181"/>
        <source>legal sign-off voided by %1&apos;s edit at %2 (it was %3&apos;s, on draft #%4 v%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="190"/>
        <source>signed off by %1 at %2 (draft #%3 v%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="197"/>
        <source>no legal sign-off yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="252"/>
        <source>draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="258"/>
        <source>%1 published at %2 before War Room tracked deliveries: nothing shows it went out; confirm it did and waive the obligation with that reason, or publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="279"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="280"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="284"/>
        <source>%1 published at %2, not delivered yet: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="293"/>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="302"/>
        <source>recorded here only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="304"/>
        <source>recorded here only (Slack not set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="315"/>
        <source>posted to %1 (delivered %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="320"/>
        <source>posted to %1 by hand by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="323"/>
        <source>%1: failed — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="326"/>
        <source>queued for %1, retrying (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="330"/>
        <source>queued for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="375"/>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="396"/>
        <source>delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="405"/>
        <source>not yet published on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="460"/>
        <source>no key accounts selected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="464"/>
        <source>%1 of %2 key accounts closed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="465"/>
        <source>%1 of %2 key accounts attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="476"/>
        <source>%1; open: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PlaybookStore</name>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="33"/>
        <source>the incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="34"/>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="35"/>
        <source>nobody holds it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="45"/>
        <source>waive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="45"/>
        <source>tick done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="49"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="51"/>
        <source>Only %1 may %2 &quot;%3&quot;; you are &quot;%4&quot;. Assign the role first if it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="63"/>
        <source>Incident %1 is closed: its obligations and syncs are final. Add a note if something needs to be said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="90"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="94"/>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="97"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="117"/>
        <source>Cannot close incident %1: %2 still open: %3. Complete each, or waive it with the reason; then close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="120"/>
        <source>1 obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="121"/>
        <source>%1 obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="173"/>
        <source>The text is limited to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="185"/>
        <source>Waiving &quot;%1&quot; needs a reason: say why it is not being done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="180"/>
        <source>&quot;%1&quot; is not an obligation of the playbook %2; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="256"/>
        <source>A sync must say something; &quot;no new progress&quot; is a valid sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="259"/>
        <source>A sync is limited to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PreferencesDialog</name>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="20"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="24"/>
        <source>Where announcements are delivered. A setting given in a WARROOM_* environment variable or in the secrets file overrides the one here. Secrets (the API key, the webhook URLs, the SMTP password) go to the desktop keychain, never into the database or the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="82"/>
        <source>Status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="83"/>
        <source>API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="84"/>
        <source>Page id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="85"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="86"/>
        <source>Component ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="87"/>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="87"/>
        <source>Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="88"/>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="88"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="89"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="90"/>
        <source>SMTP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="91"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="92"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="93"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="94"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="95"/>
        <source>Timeout (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="108"/>
        <source>id1, id2 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="133"/>
        <source>Set by %1 in the environment, which overrides it here; change or unset the variable to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="137"/>
        <source>Set in the secrets file (WARROOM_SECRETS_FILE), which overrides it here; edit that file to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="140"/>
        <source>Stored in the desktop keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="142"/>
        <source>Saved in the preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="146"/>
        <source>Not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="160"/>
        <source>(set, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="175"/>
        <source>Reading the settings and the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="177"/>
        <source>Secrets are stored in the desktop keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="179"/>
        <source>No keychain. %1 The other settings can still be saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="200"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::PublishPreviewDialog</name>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="93"/>
        <source>A warning: it does not block publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="101"/>
        <source>The public status page: a new incident, or an update of the one this incident already has there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="104"/>
        <source>The incident channel, through its incoming webhook (mrkdwn as sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="107"/>
        <source>The JSON webhook (the product&apos;s in-app notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="142"/>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="143"/>
        <source>To %1 and %n more (one message each; the text is the same)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="156"/>
        <source>Publish: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="189"/>
        <source>P&amp;ublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="194"/>
        <source>Queue the deliveries shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="236"/>
        <source>Slack shows &amp;amp; &amp;lt; &amp;gt; as &amp; &lt; &gt; and *words* in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="243"/>
        <source>No length limit is known: the receiver decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="262"/>
        <source>Show the HTML source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Role</name>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="12"/>
        <source>On-call engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="14"/>
        <source>Incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="16"/>
        <source>Customer success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="17"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="18"/>
        <source>Product owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="19"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="20"/>
        <source>VP Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="21"/>
        <source>CEO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardModel</name>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="22"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="24"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="25"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="57"/>
        <source>UNFILLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="57"/>
        <source>not needed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="59"/>
        <source>Acknowledged %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="61"/>
        <source>Not acknowledged — assigned %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="78"/>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="91"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="92"/>
        <source>Assigned %1 UTC by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="96"/>
        <source> (override: not listed for the role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="102"/>
        <source>Needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="150"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="152"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="154"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="156"/>
        <source>Needed because</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardWidget</name>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="41"/>
        <source>&lt;b&gt;Roles&lt;/b&gt; · every role the incident needs is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="45"/>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="47"/>
        <source>Ac&amp;knowledge (&quot;I have it&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="49"/>
        <source>Unassi&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="97"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="148"/>
        <source>UNFILLED: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::RoleRequirements</name>
    <message>
        <location filename="../src/core/roles/rolerequirements.cpp" line="19"/>
        <source>More than %1% of users affected (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/rolerequirements.cpp" line="22"/>
        <source>More than %1 enterprise customer(s) affected (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/roles/rolerequirements.cpp" line="67"/>
        <source>First responder on every incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::RoleStore</name>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="28"/>
        <source>Say who: the person must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="32"/>
        <source>A name is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="100"/>
        <source>%1 is not in the people directory. Add them there with the %2 role, or assign with an override (it is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="107"/>
        <source>%1 is not listed for the %2 role (listed for: %3). Assign with an override to do it anyway; the override is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="109"/>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="116"/>
        <source>%1 already holds the %2 role on incident %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="143"/>
        <source>%1 does not hold the %2 role on incident %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="162"/>
        <source>No one holds the %1 role on incident %2; assign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="169"/>
        <source>Several people hold the %1 role (%2); say who acknowledges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="179"/>
        <source>%1 already acknowledged the %2 role at %3 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="185"/>
        <source>%1 does not hold the %2 role on incident %3 (%4 does).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::SelectAccountsDialog</name>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="21"/>
        <source>Key accounts to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="24"/>
        <source>Tick the accounts the customer success managers call now, by phone or Slack. They are called in this order (rank, then ARR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="39"/>
        <source>The key-account list is empty: import it first (Directory → Import key accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="44"/>
        <source>%1%2 — %3, CSM %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="52"/>
        <source>Tick &amp;top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="59"/>
        <source>%1 ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Severity</name>
    <message>
        <location filename="../src/core/incident/severity.cpp" line="14"/>
        <source>Critical: the product is down or untrustworthy for many customers, money is wrongly charged, customer data leaked, or an agent caused customer loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/severity.cpp" line="20"/>
        <source>Major: a task type or customer segment is badly degraded; no safe workaround.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/severity.cpp" line="24"/>
        <source>Minor: limited impact, a workaround exists, no money or data involved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::SignOffGate</name>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="35"/>
        <source>fill or replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/storage/comms/signoffgate.cpp" line="37"/>
        <source>fix %n malformed placeholder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="39"/>
        <source>Draft %1 still has placeholders: %2, and save it. Placeholders left in the text block review, approval and publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="42"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="56"/>
        <source>the incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="58"/>
        <source>legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="60"/>
        <source>the product owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="62"/>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="99"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can %3: assign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="101"/>
        <location filename="../src/storage/comms/signoffgate.cpp" line="104"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="104"/>
        <source>Only %1 can %2; you are “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="110"/>
        <source>Say who you are first: every step is recorded under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="135"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="155"/>
        <source>Draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="198"/>
        <source>Lint errors block this step: %1. Fix them, or give a reason to go on anyway; the reason is logged and shown to legal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="203"/>
        <location filename="../src/storage/comms/signoffgate.cpp" line="298"/>
        <source>The reason is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="214"/>
        <source>The saved text of draft %1 no longer hashes to the value stored with it; it was changed outside War Room. Save the text again to review it afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="231"/>
        <source>%1 signed version %2 of draft %3 off as legal; the approval must come from someone else (four eyes). Hand the incident-commander role to another person, or have another lawyer sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="295"/>
        <source>Say what should change: the reason goes to the author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="364"/>
        <source>Draft %1 has no %2 for the text being published; it cannot go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="366"/>
        <source>legal sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="366"/>
        <source>IC approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::SlackPublisher</name>
    <message>
        <location filename="../src/integrations/channels/slackpublisher.cpp" line="68"/>
        <source>Slack incoming webhook at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/slackpublisher.cpp" line="113"/>
        <source>Sync %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/slackpublisher.cpp" line="134"/>
        <source>Posted to the Slack channel (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::SqliteDialect</name>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="39"/>
        <source>No database file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="47"/>
        <source>Cannot open %1: it is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="50"/>
        <source>Cannot open %1: it is not a regular file (a device, a pipe or a socket). Give the name of a War Room database file, or a new file name to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="57"/>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="62"/>
        <source>Cannot open %1 for writing: the folder %2 is read-only, and SQLite needs to create its journal files there. Copy the database to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="71"/>
        <source>Cannot open %1: permission to read it is denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="75"/>
        <source>Cannot open %1: the file is read-only. War Room needs to write to its database; make the file writable or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="105"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="110"/>
        <source>%1 is not an SQLite database (it does not start with the SQLite file header). Choose a War Room database or a new file name; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="115"/>
        <source>%1 is damaged: it is shorter than an SQLite header. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="134"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="165"/>
        <source>%1: SQLite refused &quot;%2&quot;; the database cannot be used safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="229"/>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="275"/>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="231"/>
        <source>Check the whole file with &apos;warroomctl --db %1 check --full&apos;; restore it from a backup if it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="238"/>
        <source>%1 is locked by another writer (another War Room or warroomctl is writing to it); gave up after waiting %2 ms. Nothing was written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="245"/>
        <source>%1 cannot be written (read-only: %2). Nothing was written; make the file and its folder writable, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="250"/>
        <source>%1 is damaged (SQLite: %2). Nothing was written. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="254"/>
        <source>%1 is not a valid SQLite database (SQLite: %2). Nothing was written. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="259"/>
        <source>%1: the disk is full (SQLite: %2). Nothing was written; free some space on the disk that holds the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="264"/>
        <source>%1 could not be read or written (input/output error, SQLite: %2). Nothing was written; check the disk or the network share, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="270"/>
        <source>Cannot open %1 (SQLite: %2). Check that the file and its folder exist and that you may read and write them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Status</name>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="13"/>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="14"/>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="15"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="16"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="17"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="52"/>
        <source>the incident is already in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="54"/>
        <source>a closed incident cannot change status; declare a new incident instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="56"/>
        <source>only a restored incident can be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="58"/>
        <source>moving back is only allowed to &quot;investigating&quot; (a relapse)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::StatusPagePublisher</name>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="40"/>
        <source>The status page needs a status of %1; this message has none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="43"/>
        <source>The status page&apos;s impact is one of %1; this message has another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="46"/>
        <source>The stored status page incident id is not one Statuspage gives (letters, digits, - and _); the outbox row needs a new id or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="49"/>
        <source>The message has no idempotency key; the outbox must give every row one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="75"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="80"/>
        <source>the answer is not an incident with an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="97"/>
        <source>status page %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="186"/>
        <source>Looking the incident up by its key before creating it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="195"/>
        <source>The list of unresolved incidents is not what the Statuspage API answers (a JSON array of incidents); check WARROOM_STATUSPAGE_BASE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="213"/>
        <source>An earlier attempt had created incident %1; not created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="239"/>
        <source>%1, but the incident id in the answer is not one Statuspage gives (letters, digits, - and _); check WARROOM_STATUSPAGE_BASE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="246"/>
        <source>the answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="251"/>
        <source>%1, but %2; the next attempt looks the incident up by its idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="258"/>
        <source>Created status page incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="274"/>
        <source>Updated status page incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::StoredRow</name>
    <message>
        <location filename="../src/storage/db/storedrow.cpp" line="19"/>
        <source>%1 row %2 has %3 &quot;%4&quot;, which this build does not know: was the database written by a newer War Room?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TemplateLibraryDialog</name>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="28"/>
        <source>Announcement templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="39"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="41"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="45"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="49"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="52"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="70"/>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="101"/>
        <source>%1 · %2 · version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="125"/>
        <source>v%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="162"/>
        <source>Saved &quot;%1&quot; as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TemplateStore</name>
    <message>
        <location filename="../src/storage/comms/templatestore.cpp" line="97"/>
        <location filename="../src/storage/comms/templatestore.cpp" line="119"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/templatestore.cpp" line="118"/>
        <source>Template &quot;%1&quot; has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/comms/templatestore.cpp" line="127"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Templates</name>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="25"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="33"/>
        <source>%1: {{%2}} at offset %3 is not a placeholder War Room knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="36"/>
        <source>%1: {{%2}} at offset %3 is not a placeholder War Room knows; did you mean {{%4}}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="53"/>
        <source>The template key &quot;%1&quot; must be lowercase letters, digits and dashes, starting with a letter, at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="60"/>
        <source>A template needs a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="64"/>
        <source>&quot;%1&quot; is not an announcement kind; the kinds are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="68"/>
        <source>The title must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="71"/>
        <source>The template body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="75"/>
        <source>The template body has %1 characters; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="102"/>
        <source>%1, line %2: expected &quot;field: value&quot; or &quot;---&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="121"/>
        <source>%1, line %2: &quot;%3&quot; is not a category; the categories are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="132"/>
        <source>%1, line %2: &quot;%3&quot; is not a channel; the channels are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="138"/>
        <source>%1, line %2: unknown field &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="146"/>
        <source>%1: no &quot;---&quot; line before the body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::Timeline</name>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="34"/>
        <source>%1 assigned as %2 (override: not listed for the role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="36"/>
        <source>%1 assigned as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="39"/>
        <source>%1 no longer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="41"/>
        <source>%1 acknowledged %2: &quot;I have it&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="47"/>
        <source>Key accounts to call (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="59"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="61"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="28"/>
        <source>draft %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="55"/>
        <source> (lint errors %1 overridden: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="64"/>
        <source>IC approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="71"/>
        <source>legal sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="73"/>
        <source>IC approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="81"/>
        <source>sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="82"/>
        <source>publication %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="103"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="112"/>
        <source>Started draft %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="115"/>
        <source>%1, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="118"/>
        <source>Saved %1 (text %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="123"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="130"/>
        <source>Draft %1 went back to draft (it was %2) because %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="133"/>
        <source>Edit of draft %1 voided its %2 state%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="140"/>
        <source>Draft %1 now needs legal review: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="143"/>
        <source>Marked draft %1 as needing legal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="147"/>
        <source>Sent %1 to legal review (text %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="150"/>
        <source>Legal signed off %1 (text %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="152"/>
        <source>Requested changes to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="155"/>
        <source>IC approved %1 (text %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="158"/>
        <source>Published %1 (%2) on %3 (text %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="163"/>
        <source>Delivered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="164"/>
        <source>Delivered %1: %2 (remote id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="168"/>
        <source>%1 posted %2 by hand: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="171"/>
        <source>Delivery of %1 failed: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="175"/>
        <source>Delivery of %1 will be retried: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="179"/>
        <source>%1 queued %2 again: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="49"/>
        <source>Declared %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="59"/>
        <source>%1 (trigger conditions: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="63"/>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="66"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="67"/>
        <source>Done: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="70"/>
        <source>Refused to %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="72"/>
        <source>waive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="73"/>
        <source>tick done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="76"/>
        <source>Waived: %1 (reason: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="79"/>
        <source>Status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="93"/>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::TimelineModel</name>
    <message>
        <location filename="../src/models/incidents/timelinemodel.cpp" line="83"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/timelinemodel.cpp" line="85"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/models/incidents/timelinemodel.cpp" line="87"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroom::WebhookPublisher</name>
    <message>
        <location filename="../src/integrations/channels/webhookpublisher.cpp" line="48"/>
        <source>webhook at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/webhookpublisher.cpp" line="71"/>
        <source>The message&apos;s idempotency key is empty or not printable ASCII; it cannot be an HTTP header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/webhookpublisher.cpp" line="85"/>
        <source>Delivered to the webhook (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warroomctl</name>
    <message>
        <location filename="../src/cli/command.cpp" line="16"/>
        <source>failed without a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/command.cpp" line="24"/>
        <source>Run &apos;warroomctl list&apos; to see the incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="19"/>
        <source>accounts import takes one file: warroomctl accounts import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="28"/>
        <source>%1: %2 added, %3 updated, %4 no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="41"/>
        <source>accounts select needs the incident id: warroomctl accounts select ID [--top N | ACCOUNT...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="48"/>
        <source>Give either --top N or account names, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="71"/>
        <source>&quot;%1&quot; is not on the key-account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="93"/>
        <source>accounts knows the actions import and select; see &apos;warroomctl accounts --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="105"/>
        <source>Import the key-account list; select the accounts to call on an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="106"/>
        <source>import FILE.csv makes the file the key-account list (docs/csv-formats.md): accounts are matched by name, accounts the file no longer has are taken off the list. The whole file is checked first; on any problem nothing is imported.
select ID selects the top 10 accounts (--top N for another number) by rank, then ARR, for outreach on the incident; select ID ACCOUNT... selects exactly the named accounts (names or ids, in call order). Prints the selected accounts. Records an accounts_selected event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="114"/>
        <source>How many of the top accounts to select (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/ack.cpp" line="28"/>
        <source>Acknowledge a role (&quot;I have it&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/ack.cpp" line="29"/>
        <source>Records a role_acknowledged event with the time. Without --person, the holder acknowledging is the author if they hold the role, else the only holder; with several holders (customer success) name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/ack.cpp" line="33"/>
        <source>The holder who acknowledges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="16"/>
        <source>With warroomctl: add --override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="27"/>
        <source>Assign or reassign a playbook role on an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="29"/>
        <source>Records a role_assigned event. ROLE is one of %1. Customer success may be held by several people; any other role has one holder, so assigning it again reassigns it. The person must be listed for the role in the people directory; --override assigns anyone else, and the event records that the override was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="39"/>
        <source>Assign although the people directory does not list the person for the role (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="56"/>
        <source>Record an outreach attempt to a selected key account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="58"/>
        <source>Records a call_attempt event with the time. ACCOUNT is the account&apos;s id or name (quote a name with spaces) among the accounts selected on the incident. STATUS is one of %1. The channel is phone (default) or slack; email is refused, as the playbook reaches key accounts by phone or Slack. --note keeps what the customer observed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="68"/>
        <source>How the customer was contacted: phone (default) or slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="70"/>
        <source>What the customer observed, in your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="31"/>
        <source>ok: %1 passed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/commands/check.cpp" line="36"/>
        <source>%1 is damaged: %2 found %n problem(s), listed on standard output. Restore the file from a backup; to save what is still readable into a new file, use &apos;sqlite3 %1 .recover&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="51"/>
        <source>Check the database file for damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="52"/>
        <source>Reads every page of the database (--db) with SQLite&apos;s PRAGMA quick_check, or with --full PRAGMA integrity_check, which also compares every index with its table (slower on a large file). Opening a database only checks its header and schema, so this is the way to look for damage in the rest of the file. Prints &quot;ok: FILE passed ...&quot; and exits 0 when the file is sound; otherwise prints each problem SQLite found on standard output and exits 1. Never creates, upgrades or repairs the file (a read-only file is checked too); like every open, it lets SQLite roll back what a crashed writer left unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="61"/>
        <source>Run PRAGMA integrity_check (also checks indexes) instead of PRAGMA quick_check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/declare.cpp" line="56"/>
        <source>Declare a new incident and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/declare.cpp" line="58"/>
        <source>Declares an incident in status &quot;investigating&quot; and prints its id alone on standard output. The detected-at time defaults to now.
Severities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/declare.cpp" line="65"/>
        <source>A trigger condition observed, by id (repeat for several): %1. Stored with the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/done.cpp" line="31"/>
        <source>Tick a playbook obligation done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/done.cpp" line="32"/>
        <source>Records the obligation (an id from &apos;warroomctl show ID&apos;, e.g. open-channel) as done, with an optional note. Refused when the obligation does not apply to the incident, is already done or waived, or is mandatory (IC engagement above the thresholds is done by assigning an incident commander). Ticking a recurring obligation (channel-sync) counts as posting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/done.cpp" line="39"/>
        <source>What was done, for the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="30"/>
        <source>--channel &quot;%1&quot; is not a channel; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="49"/>
        <source>The built-in templates are listed in docs/templates.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="64"/>
        <source>Start a draft external message for an incident and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="65"/>
        <source>Creates a draft from a template (e.g. progress-update, resolved, overcharge-refund; docs/templates.md) for the incident, on the template&apos;s channel unless --channel says otherwise. --title and --body-file (UTF-8, &apos;-&apos; for standard input) give the text of the first version instead of the template&apos;s; placeholders such as {{task_type}} are filled from the incident. Prints the draft id alone. The draft then goes through the sign-off gate: see &apos;warroomctl gate --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="73"/>
        <source>The template key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="74"/>
        <source>status-page, email, in-app or key-account (default: the template&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="76"/>
        <source>Who it is for, e.g. a key account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="77"/>
        <source>The title (email subject, status page title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="78"/>
        <source>A file with the message text; &apos;-&apos; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/edit.cpp" line="15"/>
        <source>edit needs at least one field option such as --title or --severity; see &apos;warroomctl edit --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/edit.cpp" line="50"/>
        <source>Change fields of an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/edit.cpp" line="51"/>
        <source>Changes the given fields and records them as one &quot;fields_changed&quot; timeline event with the old and new values. Values equal to the current ones change nothing and record nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="47"/>
        <source>Draft id &quot;%1&quot; is not a positive whole number; &apos;warroomctl show INCIDENT&apos; lists an incident&apos;s drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="56"/>
        <source>&quot;%1&quot; is not a gate step; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="101"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="104"/>
        <source>queued #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="105"/>
        <source>queued #%1: %2 (not configured here: another process sends it, or post it by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="111"/>
        <source>Nothing has been sent yet: &apos;warroomctl outbox run&apos; sends what this process is configured for; &apos;warroomctl outbox&apos; shows the delivery states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="133"/>
        <source>Take a draft through the sign-off gate (submit, sign-off, approve, publish).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="135"/>
        <source>Runs one step of the sign-off gate on a draft, as --author: %1. Legal signs off (data-leak and output-error-loss incidents, and drafts marked as needing it), the assigned incident commander approves, the IC or product owner publishes; each step is checked against the roles on the incident&apos;s timeline and recorded there. --reason is required for request-changes and, for submit and approve, says why lint errors may stay (logged, shown to legal). publish prints the publication id, then one line per outbox row it queued (nothing is sent yet: see &apos;warroomctl outbox&apos;). docs/templates.md describes the gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="146"/>
        <source>Why changes are requested, or why lint errors may stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="60"/>
        <source>--category &quot;%1&quot; is not a category; the categories are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="67"/>
        <source>--kind &quot;%1&quot; is not an announcement kind; the kinds are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="105"/>
        <source>Check an announcement text against the playbook&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="106"/>
        <source>Checks the text in FILE (UTF-8; &apos;-&apos; reads standard input) with War Room&apos;s announcement lint: absolute promises, defending decisions, blaming the upstream provider, &quot;status normal&quot; during a behaviour anomaly, refunds without a timeline, back-billing, customer loss without ownership, progress updates without the next update time, and placeholders left in the text. Prints one JSON object per finding (rule, severity, start and end as character offsets, line, column, text, message, suggestion) and exits 1 when any finding is an error, 0 otherwise; an unreadable or non-UTF-8 file exits 2. The rules are in docs/lint-rules.md. Reads no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="122"/>
        <source>The incident category the text is for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="124"/>
        <source>The kind of announcement: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="20"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="21"/>
        <source>SEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="22"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="23"/>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="24"/>
        <source>DETECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="25"/>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="53"/>
        <source>No active incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="54"/>
        <source>No incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="79"/>
        <source>List incidents, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="80"/>
        <source>Lists incidents by id, oldest first, as a table or, with --json, as a JSON array of incidents (each as in &apos;show --json&apos;, without the timeline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="84"/>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="85"/>
        <source>Only incidents not yet restored or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/note.cpp" line="28"/>
        <source>Add a note to an incident&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/note.cpp" line="29"/>
        <source>Appends a free-text note to the timeline (&quot;no new progress&quot; counts). The words after the id form the text; put &apos;--&apos; before text that starts with a dash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="63"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="65"/>
        <source>sending (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="67"/>
        <source>sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="68"/>
        <source>sent at %1 (remote id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="71"/>
        <source>retrying at %1 (attempt %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="76"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="78"/>
        <source>posted by hand by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="87"/>
        <source>#%1 incident %2 sync %3 %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="92"/>
        <source>#%1 incident %2 publication %3 %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="131"/>
        <source>Outbox row &quot;%1&quot; is not a positive whole number; &apos;warroomctl outbox&apos; lists the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="159"/>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="173"/>
        <source>Outbox row %1 is queued again; &apos;warroomctl outbox run&apos; sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="185"/>
        <source>Outbox row %1 recorded as posted by hand by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="200"/>
        <source>--timeout &quot;%1&quot; is out of range; give 1 to %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="264"/>
        <source>; &apos;warroomctl outbox retry %1&apos; sends it again, or post it by hand and record it with &apos;warroomctl outbox posted-by-hand %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="268"/>
        <source>; not configured here: set %1, or post it by hand and record it with &apos;warroomctl outbox posted-by-hand %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="275"/>
        <source>Nothing left to send (%1 attempt(s) in this run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="279"/>
        <source>%1 outbox row(s) not delivered when the %2 s timeout ran out (listed on standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="283"/>
        <source>%1 outbox row(s) not delivered (listed on standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="292"/>
        <source>Give the action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="295"/>
        <source>--until-empty is an option of &apos;outbox run&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="298"/>
        <source>outbox run takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="303"/>
        <source>outbox %1 takes one outbox row id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="308"/>
        <source>&quot;%1&quot; is not an outbox action; use run, retry ID or posted-by-hand ID, or none to list the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="321"/>
        <source>List, retry, record posts by hand, or send the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="322"/>
        <source>Every publication queues one outbox row per destination and recipient, and a sync posted where Slack is set up queues one Slack row (docs/outbox.md). Without an action, lists the rows and their delivery state, each naming its publication or its sync (--incident: one incident&apos;s; --json: as JSON). &apos;retry ID&apos; queues a failed row again. &apos;posted-by-hand ID&apos; records, as --author, that you posted the row&apos;s text yourself. &apos;run&apos; sends the due rows through the destinations this process is configured for and exits 0 only when nothing is left queued, retrying or failed; otherwise it prints one line per row left and exits 1. --until-empty keeps going through retries until then; --timeout (default 300 s) bounds the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="334"/>
        <source>List only this incident&apos;s rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="335"/>
        <source>Print a JSON array instead of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="336"/>
        <source>run: go on through retries until nothing is left to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="337"/>
        <source>run: stop after this many seconds (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="14"/>
        <source>people knows one action, import: warroomctl people import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="23"/>
        <source>%1: %2 added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="38"/>
        <source>Import the people directory from CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="39"/>
        <source>Adds the people of the file and updates those already in the directory (matched by name). Columns: name, phone, slack, email, roles (docs/csv-formats.md). The whole file is checked first; on any problem nothing is imported and every problem is listed with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="24"/>
        <source>Incident %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="25"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="27"/>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="28"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="32"/>
        <source>Affected task type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="33"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="35"/>
        <source>Users affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="38"/>
        <source>Enterprise customers affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="40"/>
        <source>Detected at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="41"/>
        <source>Declared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="42"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="45"/>
        <source>Last updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="48"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="180"/>
        <source>Show one incident with its timeline and playbook obligations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="181"/>
        <source>Shows every field of the incident, its status history, its timeline, the trigger conditions ticked at declaration and every playbook obligation with its due time and state now. With --json the same as one JSON object (the shape is in docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="185"/>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/status.cpp" line="25"/>
        <source>From %1 it can move to: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/status.cpp" line="53"/>
        <source>Move an incident to another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/status.cpp" line="55"/>
        <source>Changes the status along the lifecycle %1. Forward moves may skip steps; only a restored incident can be closed; a relapse goes back to investigating; a closed incident stays closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="33"/>
        <source>sync %1 recorded and queued for Slack: &apos;warroomctl outbox run&apos; sends it, &apos;warroomctl outbox&apos; shows its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="38"/>
        <source>sync %1 recorded here only: Slack is not set up for this process (set WARROOM_SLACK_WEBHOOK_URL to post syncs to the incident channel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="53"/>
        <source>Post a progress sync to the incident channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="54"/>
        <source>Records a sync_posted event, which resets the 15-minute channel-sync countdown. &quot;no new progress&quot; counts. When Slack is set up (WARROOM_SLACK_WEBHOOK_URL), the sync is queued for the incident channel in the same transaction and &apos;warroomctl outbox run&apos; posts it; otherwise it is recorded here only, and says so. Prints the sync&apos;s event id and where it went. The words after the id form the text; put &apos;--&apos; before text that starts with a dash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/unassign.cpp" line="20"/>
        <source>Take a role on an incident away from a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/unassign.cpp" line="21"/>
        <source>Records a role_unassigned event; the person must hold the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/waive.cpp" line="30"/>
        <source>Waive a playbook obligation, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/waive.cpp" line="31"/>
        <source>Records that the obligation is deliberately not done, and why (deciding against the external announcement, say). Same refusals as &apos;done&apos;; a waived recurring obligation stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commands/waive.cpp" line="36"/>
        <source>Why it is not being done (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="19"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="48"/>
        <source>, needs legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="63"/>
        <source>Publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="85"/>
        <source>%1  %2 by %3: %4 (sha256 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="27"/>
        <source>Short title of what is happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="30"/>
        <source>Category from the playbook: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="32"/>
        <source>SEV1 (worst), SEV2 or SEV3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="33"/>
        <source>The affected task type, e.g. &quot;email drafting&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="36"/>
        <source>Share of users affected, 0 to 100 (a plain number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="37"/>
        <source>Number of enterprise customers affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="39"/>
        <source>When it was detected, ISO-8601 with Z or an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="35"/>
        <source>Exit codes: 0 success; 1 refused or failed (bad value, unknown incident, database problem); 2 usage error (unknown command or option, missing option or argument). On any error, standard output stays empty and standard error has exactly one line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="47"/>
        <source>Usage: warroomctl [global options] COMMAND [options] [arguments]

Command-line access to the War Room incident database, for on-call engineers and scripts.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="55"/>
        <source>Global options (anywhere on the line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="58"/>
        <source>Run &apos;warroomctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="64"/>
        <source>Usage: warroomctl %1 %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="67"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="69"/>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="16"/>
        <source>&quot;%1&quot; is not a role; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="25"/>
        <source>&quot;%1&quot; is not a call status; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="43"/>
        <source>No key accounts are selected on incident %1; run &apos;warroomctl accounts select %1&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="48"/>
        <source>&quot;%1&quot; is not among the accounts selected on incident %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="16"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="40"/>
        <source>%1 (not acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="42"/>
        <source>%1 (acknowledged %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="50"/>
        <source>UNFILLED — needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="65"/>
        <source>Key-account outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="91"/>
        <source>CSM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="42"/>
        <source>The SQLite database file, created if missing (default: warroom.sqlite in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="46"/>
        <source>Who is making the change (default: $WARROOM_AUTHOR, else $USER, else $USERNAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="50"/>
        <source>How long to wait for another writer&apos;s lock before giving up (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="53"/>
        <source>Apply this playbook file instead of the built-in one (docs/playbook-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="57"/>
        <source>Show help (for the command, if one is given) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="58"/>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="95"/>
        <source>see &apos;warroomctl %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="101"/>
        <source>--%1 is given more than once; give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="105"/>
        <source>%1 needs --%2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="114"/>
        <source>%1 needs the argument %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="118"/>
        <source>%1 takes %2 argument(s) but got %3 (unexpected &quot;%4&quot;); quote text that contains spaces, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="154"/>
        <source>--%1 &quot;%2&quot; is out of range; give 0 to %3 milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="167"/>
        <source>--author is empty; give the name the timeline should record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="173"/>
        <source>%1 records who made the change, but no author is known; pass --author NAME or set WARROOM_AUTHOR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="181"/>
        <source>The author (--author, else $WARROOM_AUTHOR, $USER or $USERNAME) is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="246"/>
        <source>the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="247"/>
        <source>argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="257"/>
        <source>%1 contains the control character 0x%2 at byte offset %3; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="283"/>
        <source>%1 is not valid UTF-8: invalid byte 0x%2 at byte offset %3; set a UTF-8 locale or retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="312"/>
        <source>&quot;%1&quot; is not a warroomctl command; the commands are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="327"/>
        <source>Put &apos;--&apos; before arguments that start with a dash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="329"/>
        <source>%1%2 See &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="346"/>
        <source>No command given; the commands are: %1. See &apos;warroomctl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="355"/>
        <source>Put the options of %1 after the command name: warroomctl %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="30"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="63"/>
        <source>Trigger conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="85"/>
        <source>(none ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="98"/>
        <source>Playbook obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="36"/>
        <source>Incident id &quot;%1&quot; is not a positive whole number; run &apos;warroomctl list&apos; to see the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="48"/>
        <source>--%1 &quot;%2&quot; is not a number; write a plain decimal number such as 12.5 (no %-sign, no units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="61"/>
        <source>--%1 &quot;%2&quot; is not a whole number; write it like 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="70"/>
        <source>--%1 &quot;%2&quot; is not an ISO-8601 time with a zone; write it like 2026-11-29T03:15:00Z or 2026-11-29T04:15:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="81"/>
        <source>--%1 &quot;%2&quot; is not a known category; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="91"/>
        <source>--%1 &quot;%2&quot; is not a known severity; use SEV1, SEV2 or SEV3 (SEV1 is the worst; see &apos;warroomctl declare --help&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="102"/>
        <source>&quot;%1&quot; is not a known status; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
